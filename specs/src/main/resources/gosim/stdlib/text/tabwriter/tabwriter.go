// Package tabwriter after Go's text/tabwriter (tabwriter.go): a filter that aligns tab-terminated
// cells of consecutive lines into columns (the elastic tabstops algorithm). Text is collected until
// a line with a single cell, a formfeed or Flush; then each column of the block is as wide as its
// widest cell plus padding. Go 1.7 kept the text in a bytes.Buffer (a []byte from Go 1.11, commit
// f2b5f750df) and flushed a block inside Write through Flush (until Go 1.13: flushInWrite); the
// bytes written are the same but for what a failed write leaves buffered.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// A cell is one piece of text of a line: its bytes, its width in runes (escaped and HTML parts
// counted as the flags say), and whether a tab ended it (a tab-ended empty cell is not "soft").
type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer buffers the text of the lines of the current block: buf holds their bytes without the
// cell terminators, lines the cells of each line, and the incomplete cell is kept apart until its
// terminator arrives. widths is the stack of column widths while a block is formatted.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte
	pos     int // how far into buf the width of the incomplete cell has been counted
	cell    cell
	endChar byte // what ends the escaped section in progress (Escape, '>' or ';'), 0 outside one
	lines   [][]cell
	widths  []int
}

// addLine starts a new line; after a line that was not the end of a block, the new line's cell
// slice gets at least the previous line's capacity, as lines of one table tend to match.
func (b *Writer) addLine(flushed bool) {
	n := len(b.lines) + 1
	if n <= cap(b.lines) {
		b.lines = b.lines[:n]
		b.lines[n-1] = b.lines[n-1][:0]
	} else {
		b.lines = append(b.lines, nil)
	}
	if flushed || n < 2 {
		return
	}
	if prev := len(b.lines[n-2]); prev > cap(b.lines[n-1]) {
		b.lines[n-1] = make([]cell, 0, prev)
	}
}

// reset empties the buffer, keeping its storage, and starts the first line.
func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[0:0]
	b.widths = b.widths[0:0]
	b.addLine(true)
}

// Formatting flags (Go's values: 1, 2, 4, 8, 16, 32 in this order).
const (
	// FilterHTML: an HTML tag has width 0 and an entity (&...;) width 1.
	FilterHTML uint = 1 << iota
	// StripEscape: the Escape bytes that bracket escaped text are not written.
	StripEscape
	// AlignRight: cell text is padded on its left (not with tab padding).
	AlignRight
	// DiscardEmptyColumns: a column of empty cells none of which a tab ended takes no room.
	DiscardEmptyColumns
	// TabIndent: leading empty cells are written as tabs, whatever the padding character.
	TabIndent
	// Debug: a '|' between columns, and "---" after a formfeed.
	Debug
)

// Init sets up b to write to output: minwidth is a column's least width, tabwidth the width of a
// tab when padding with tabs, padding what is added to a cell's width, padchar the byte to pad with
// ('\t' pads with tabs and turns AlignRight off, as a tab cannot pad on the left).
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := 0; i < len(b.padbytes); i++ {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags = flags &^ AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// osError carries a write error of the output through a panic up to Write or Flush.
type osError struct {
	err error
}

// write0 writes to the output, a short write being io.ErrShortWrite.
func (b *Writer) write0(p []byte) {
	n, err := b.output.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(osError{err})
	}
}

// writeN writes n bytes taken from src over and over.
func (b *Writer) writeN(src []byte, n int) {
	for ; n > len(src); n -= len(src) {
		b.write0(src)
	}
	b.write0(src[:n])
}

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

// writePadding pads a text of textw runes to a cell of cellw: with tabs (the cell rounded up to a
// multiple of tabwidth, one tab per started tab stop) or with the padding byte.
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if !useTabs && b.padbytes[0] != '\t' {
		b.writeN(b.padbytes[:], cellw-textw)
		return
	}
	if b.tabwidth == 0 {
		return // a tab of no width pads nothing
	}
	cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
	n := cellw - textw
	if n < 0 {
		panic("internal error")
	}
	b.writeN(tabs, (n+b.tabwidth-1)/b.tabwidth)
}

// writeLines writes lines [line0, line1) whose text starts at buf[pos0], each cell padded to its
// column's width; the last line of the buffer is the incomplete one, written without a newline.
func (b *Writer) writeLines(pos0 int, line0, line1 int) int {
	pos := pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// leading empty cells are indentation: tabs under TabIndent
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0(vbar)
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			text := b.buf[pos : pos+c.size]
			pos += c.size
			if b.flags&AlignRight != 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(text)
			} else {
				b.write0(text)
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			}
		}
		if i+1 < len(b.lines) {
			b.write0(newline)
		} else {
			// the incomplete cell at the end of the buffer
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		}
	}
	return pos
}

// format writes lines [line0, line1): column len(b.widths) is formed by each run of consecutive
// lines that have a cell there (a line's last cell is not a column cell: no tab ended it); the
// run's width is pushed and its lines are formatted recursively for the next column.
func (b *Writer) format(pos0 int, line0, line1 int) int {
	pos := pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		// a run of lines with a cell in this column begins: write what precedes it
		pos = b.writeLines(pos, line0, this)
		line0 = this

		width := b.minwidth
		discardable := true // every cell of the run is empty and none was ended by a tab
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}

		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

// append adds text to the incomplete cell.
func (b *Writer) append(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the runes added to the incomplete cell since the last count.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// Escape brackets text whose tabs, newlines and HTML are not interpreted (0xff is no UTF-8 byte).
const Escape = '\xff'

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape ends an escaped section: its text counts its runes (less the two Escape bytes when
// they are kept), a tag nothing, an entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// terminateCell ends the incomplete cell and returns how many cells its line now has.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	n := len(b.lines) - 1
	b.lines[n] = append(b.lines[n], b.cell)
	b.cell = cell{}
	return len(b.lines[n])
}

// handlePanic turns an output error carried by a panic into the error result; any other panic
// becomes "tabwriter: panic during OP". A failed Flush still empties the buffer.
func (b *Writer) handlePanic(err *error, op string) {
	e := recover()
	if e == nil {
		return
	}
	if op == "Flush" {
		b.reset()
	}
	if oe, ok := e.(osError); ok {
		*err = oe.err
		return
	}
	panic("tabwriter: panic during " + op)
}

// Flush writes out what is buffered; the incomplete cell (and an unterminated escape) ends with it.
func (b *Writer) Flush() error {
	return b.flush()
}

func (b *Writer) flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// flushInWrite is the flush at a block's end inside Write. Until Go 1.13 it was Flush itself, whose
// deferred reset empties the buffer even when the output fails (go1.7 tabwriter.go:318-320; still so
// in the go1.12 tree of 2018-12-28, a33c595 tabwriter.go:490-496); commit c4078a1 ("use a single
// defer per Write call") made it flushNoDefers, so a failed write leaves the block buffered and a
// later Flush writes it again. A panic of the output ends as "tabwriter: panic during Write" in both.
//gosim:before 1.13
func (b *Writer) flushInWrite() error { return b.Flush() }

//gosim:since 1.13
func (b *Writer) flushInWrite() error {
	b.flushNoDefers()
	return nil
}

// Write buffers buf, splitting it into cells at '\t' and '\v' (a soft terminator) and into lines
// at '\n' and '\f'. A line with one cell ends the block (it has no column), as does '\f', and the
// block is written out. It returns len(buf) unless the output failed.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	n = 0 // buf[n:i] is the text not yet added to the cell
	for i, ch := range buf {
		if b.endChar != 0 {
			// inside an escaped section only its end counts
			if ch != b.endChar {
				continue
			}
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i
			}
			b.append(buf[n:j])
			n = i + 1
			b.endEscape()
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.append(buf[n:i])
			b.updateWidth()
			n = i + 1
			ncells := b.terminateCell(ch == '\t')
			if ch != '\n' && ch != '\f' {
				break
			}
			b.addLine(ch == '\f')
			if ch == '\f' || ncells == 1 {
				if err = b.flushInWrite(); err != nil {
					return
				}
				if ch == '\f' && b.flags&Debug != 0 {
					b.write0(hbar)
				}
			}
		case Escape:
			b.append(buf[n:i])
			b.updateWidth()
			n = i
			if b.flags&StripEscape != 0 {
				n++ // the opening Escape is not kept
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.append(buf[n:i])
				b.updateWidth()
				n = i
				b.startEscape(ch)
			}
		}
	}
	b.append(buf[n:])
	n = len(buf)
	return
}

// NewWriter is new(Writer).Init(...).
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}
