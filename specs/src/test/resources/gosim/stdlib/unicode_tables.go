// unicode's tables and functions: every table of Categories, Scripts, Properties, FoldCategory and
// FoldScript summed range by range, CaseRanges, and the classification, case and fold functions over
// a sample of runes (every 7th up to U+32000, and the ends), against real Go 1.19.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func sum(t *unicode.RangeTable) uint64 {
	var h uint64
	for _, r := range t.R16 {
		h = h*31 + uint64(r.Lo)*7 + uint64(r.Hi)*3 + uint64(r.Stride)
	}
	for _, r := range t.R32 {
		h = h*31 + uint64(r.Lo)*7 + uint64(r.Hi)*3 + uint64(r.Stride)
	}
	return h
}

func dump(name string, m map[string]*unicode.RangeTable) {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(name, len(keys))
	for _, k := range keys {
		t := m[k]
		fmt.Println(" ", k, len(t.R16), len(t.R32), t.LatinOffset, sum(t))
	}
}

func main() {
	fmt.Println(unicode.Version, unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperLower)
	dump("Categories", unicode.Categories)
	dump("Scripts", unicode.Scripts)
	dump("Properties", unicode.Properties)
	dump("FoldCategory", unicode.FoldCategory)
	dump("FoldScript", unicode.FoldScript)
	var h uint64
	for _, c := range unicode.CaseRanges {
		h = h*31 + uint64(c.Lo)*7 + uint64(c.Hi)*3 + uint64(c.Delta[0]+c.Delta[1]*5+c.Delta[2]*11)
	}
	fmt.Println("CaseRanges", len(unicode.CaseRanges), h, unicode.CaseRanges[0], unicode.TurkishCase[0], len(unicode.AzeriCase))
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[0] == unicode.L, unicode.Upper == unicode.Lu)
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('α', unicode.Latin, unicode.Greek),
		unicode.IsOneOf([]*unicode.RangeTable{unicode.Cyrillic}, 'ж'), unicode.Is(unicode.White_Space, '\u3000'))
	preds := []func(rune) bool{unicode.IsControl, unicode.IsDigit, unicode.IsGraphic, unicode.IsLetter, unicode.IsLower,
		unicode.IsMark, unicode.IsNumber, unicode.IsPrint, unicode.IsPunct, unicode.IsSpace, unicode.IsSymbol,
		unicode.IsTitle, unicode.IsUpper}
	counts := make([]int, len(preds))
	var cases, folds uint64
	sample := func(r rune) {
		for i, p := range preds {
			if p(r) {
				counts[i]++
			}
		}
		cases = cases*31 + uint64(unicode.ToUpper(r)) + uint64(unicode.ToLower(r))*3 + uint64(unicode.ToTitle(r))*5 +
			uint64(unicode.To(unicode.LowerCase, r))*7
		folds = folds*31 + uint64(unicode.SimpleFold(r)) + uint64(unicode.TurkishCase.ToUpper(r))*3 +
			uint64(unicode.TurkishCase.ToLower(r))*5 + uint64(unicode.AzeriCase.ToTitle(r))*7
	}
	for r := rune(0); r < 0x32000; r += 7 {
		sample(r)
	}
	for _, r := range []rune{0x10FFFF, 0x110000, 'İ', 'ı', 'ǅ', 'ß', 'ẞ', 'K', 'k', '\u212A', 'Σ', 'σ', 'ς'} {
		sample(r)
		fmt.Print(unicode.SimpleFold(r), " ")
	}
	fmt.Println()
	fmt.Println(counts, cases, folds)
	fmt.Println(unicode.To(3, 'a'), unicode.To(-1, 'a'), unicode.ToUpper('ǆ'), unicode.ToTitle('ǆ'), unicode.ToLower('ǅ'))
}
