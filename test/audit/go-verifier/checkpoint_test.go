package main

import "testing"

const root = "xFftci5fCrR2fBy5qfi6YJRrv5d/WhDwV+jBqfOOrqU="

func TestParseCheckpointAcceptsC2SPForm(t *testing.T) {
	for _, text := range []string{
		"yunghap.local/grants\n13\n" + root + "\n",
		"yunghap.local/grants\n0\n" + root + "\n",
		"yunghap.local/grants\n13\n" + root + "\nextension one\nextension two\n",
	} {
		c, err := parseCheckpoint(text)
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		if c.origin != "yunghap.local/grants" {
			t.Errorf("%q: origin %q", text, c.origin)
		}
	}
}

func TestParseCheckpointRefusesOtherSpellings(t *testing.T) {
	for name, text := range map[string]string{
		"no final newline":      "o\n13\n" + root,
		"missing root":          "o\n13\n",
		"empty origin":          "\n13\n" + root + "\n",
		"leading zero":          "o\n013\n" + root + "\n",
		"sign":                  "o\n+13\n" + root + "\n",
		"space":                 "o\n 13\n" + root + "\n",
		"not below 2^53":        "o\n9007199254740992\n" + root + "\n",
		"root of 31 bytes":      "o\n13\nxFftci5fCrR2fBy5qfi6YJRrv5d/WhDwV+jBqfOOrg==\n",
		"root without padding":  "o\n13\nxFftci5fCrR2fBy5qfi6YJRrv5d/WhDwV+jBqfOOrqU\n",
		"root with unused bits": "o\n13\nxFftci5fCrR2fBy5qfi6YJRrv5d/WhDwV+jBqfOOrqV=\n",
		"empty extension":       "o\n13\n" + root + "\n\n",
	} {
		if _, err := parseCheckpoint(text); err == nil {
			t.Errorf("%s: %q parsed", name, text)
		}
	}
}

func TestParseTreeSizeReadsTheLargestSafeInteger(t *testing.T) {
	if n, ok := parseTreeSize("9007199254740991"); !ok || n != maxSafeInteger {
		t.Fatalf("got %d, %v", n, ok)
	}
}
