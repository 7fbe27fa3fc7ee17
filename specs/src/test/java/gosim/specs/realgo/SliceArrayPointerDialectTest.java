package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Go 1.17's conversion of a slice to a pointer to an array of its element type is an error in the
 * default dialect, Go 1.7, with Go 1.19's message for an older language version (go1.19 types2
 * conversions.go:191-208 and the colon of 76-79): real Go 1.19.8 printed exactly these two lines
 * for this program in a module whose go.mod says {@code go 1.7} (go build, 2026-12-04). Under
 * {@code -go 1.19} gosim says the conversion is unsupported: the pointer would alias the slice's
 * backing array from the slice's offset, which the interpreter's arrays cannot.
 */
class SliceArrayPointerDialectTest {
    static final String PROGRAM = """
            package main

            func main() {
            \ts := []int{1, 2, 3, 4}
            \tp := (*[4]int)(s)
            \tprintln(p[3])
            }
            """;

    @Test
    void anErrorInGo17() throws IOException {
        Path go = Files.createTempFile("s2a", ".go");
        try {
            Files.writeString(go, PROGRAM);
            RunOutput old = GosimRun.main("run", go.toString());
            assertEquals(go + ":5:17: cannot convert s (variable of type []int) to type *[4]int:\n"
                    + "\tconversion of slices to array pointers requires go1.17 or later (-lang was set to go1.7; check go.mod)\n",
                    old.stderr());
            assertEquals(2, old.exitCode());
            RunOutput now = GosimRun.main("run", "-go", "1.19", go.toString());
            assertEquals(go + ":5:17: unsupported: conversion of a slice to an array pointer\n", now.stderr());
            assertEquals(2, now.exitCode());
        } finally {
            Files.delete(go);
        }
    }
}
