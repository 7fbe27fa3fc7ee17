// encoding/binary's byte orders and varints, as Go 1.19 has them.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

func main() {
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8}
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		fmt.Printf("%v %#v %#x %#x %#x\n", o, o, o.Uint16(b), o.Uint32(b), o.Uint64(b))
		out := make([]byte, 8)
		o.PutUint16(out, 0xabcd)
		o.PutUint32(out[2:], 0xdeadbeef)
		fmt.Println(out)
		o.PutUint64(out, 0x0102030405060708)
		fmt.Println(out)
	}
	fmt.Println(binary.LittleEndian.AppendUint16(nil, 0x1234), binary.BigEndian.AppendUint32([]byte{9}, 0x01020304),
		binary.BigEndian.AppendUint64(nil, 1))
	var ab binary.AppendByteOrder = binary.LittleEndian
	fmt.Println(ab.AppendUint64(nil, 0x0807060504030201))

	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 63, -64, 64, 300, -300, 1 << 62, -1 << 63} {
		n := binary.PutVarint(buf, x)
		v, m := binary.Varint(buf[:n])
		fmt.Println(x, buf[:n], v, m, binary.AppendVarint(nil, x))
	}
	for _, x := range []uint64{0, 127, 128, 16384, 1<<64 - 1} {
		n := binary.PutUvarint(buf, x)
		v, m := binary.Uvarint(buf[:n])
		r, err := binary.ReadUvarint(bytes.NewReader(buf[:n]))
		fmt.Println(x, buf[:n], v, m, r, err, binary.AppendUvarint(nil, x))
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	long := []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01}
	fmt.Println(binary.Uvarint(long))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(long)))
	fmt.Println(binary.ReadVarint(bytes.NewReader([]byte{0x83})))
	fmt.Println(binary.ReadVarint(bytes.NewReader([]byte{0x83, 0x01})))

	defer func() { fmt.Println("recovered:", recover()) }()
	short := []byte{1, 2, 3}
	binary.BigEndian.PutUint32(short, 7)
}
