package main

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// One packet built here with x/mod's own signer and tree, then spoiled once per check. The shared
// fixtures (test/audit/make-packets.ts) are the cross-language evidence; these only pin each check.

type testLog struct {
	origin     string
	signer     note.Signer
	vkey       string
	records    []string
	hashes     []tlog.Hash // stored hashes of the tree, as tlog keeps them
	checkpoint string
	root       tlog.Hash
}

func newKey(t *testing.T, name string) (note.Signer, string) {
	t.Helper()
	skey, vkey, err := note.GenerateKey(rand.Reader, name)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := note.NewSigner(skey)
	if err != nil {
		t.Fatal(err)
	}
	return signer, vkey
}

func sign(t *testing.T, text string, signers ...note.Signer) string {
	t.Helper()
	msg, err := note.Sign(&note.Note{Text: text}, signers...)
	if err != nil {
		t.Fatal(err)
	}
	return string(msg)
}

// chainRecord is a record of stream s at position p, version v, chained to previous ("" = null).
func chainRecord(p int, s string, v int, previous string) string {
	prev := "null"
	if previous != "" {
		prev = fmt.Sprintf("%q", previous)
	}
	return fmt.Sprintf(`{"data":{},"eventId":"e%d","hash":"h%d","metadata":{},"position":%d,"previousHash":%s,"recordedAt":"2026-01-01T00:00:00.000Z","streamId":%q,"type":"T","version":%d}`,
		p, p, p, prev, s, v)
}

// newLog makes a log of the given records, signed by a fresh key (and cosigned by a witness).
func newLog(t *testing.T, origin string, records []string) *testLog {
	t.Helper()
	l := &testLog{origin: origin, records: records}
	l.signer, l.vkey = newKey(t, origin)
	witness, _ := newKey(t, "witness.example")
	for i, r := range records {
		stored, err := tlog.StoredHashes(int64(i), []byte(r), l.reader())
		if err != nil {
			t.Fatal(err)
		}
		l.hashes = append(l.hashes, stored...)
	}
	root, err := tlog.TreeHash(int64(len(records)), l.reader())
	if err != nil {
		t.Fatal(err)
	}
	l.root = root
	l.checkpoint = sign(t, fmt.Sprintf("%s\n%d\n%s\n", origin, len(records), base64.StdEncoding.EncodeToString(root[:])), l.signer, witness)
	return l
}

func (l *testLog) reader() tlog.HashReader {
	return tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(indexes))
		for i, x := range indexes {
			out[i] = l.hashes[x]
		}
		return out, nil
	})
}

func (l *testLog) event(t *testing.T, index int) map[string]any {
	t.Helper()
	proof, err := tlog.ProveRecord(int64(len(l.records)), int64(index), l.reader())
	if err != nil {
		t.Fatal(err)
	}
	encoded := []string{}
	for _, h := range proof {
		encoded = append(encoded, base64.StdEncoding.EncodeToString(h[:]))
	}
	return map[string]any{"index": index, "record": l.records[index], "inclusionProof": encoded}
}

// packetOf assembles a packet of the chosen events of each log, sealed by the first log's key.
func packetOf(t *testing.T, logs []*testLog, picks [][]int) map[string]any {
	t.Helper()
	seal := evidenceFormat + "\nsubject g\n"
	var entries []any
	for i, l := range logs {
		seal += fmt.Sprintf("log %s %d %s\n", l.origin, len(l.records), base64.StdEncoding.EncodeToString(l.root[:]))
		events := []any{}
		for _, index := range picks[i] {
			leaf := tlog.RecordHash([]byte(l.records[index]))
			seal += fmt.Sprintf("leaf %d %s\n", index, base64.StdEncoding.EncodeToString(leaf[:]))
			events = append(events, l.event(t, index))
		}
		entries = append(entries, map[string]any{"origin": l.origin, "verifierKeys": []any{l.vkey}, "checkpoint": l.checkpoint, "events": events})
	}
	return map[string]any{
		"format": evidenceFormat, "subject": "subject g", "generatedAt": "2026-12-04T10:00:00.000Z",
		"logs": entries, "seal": sign(t, seal, logs[0].signer),
	}
}

func twoLogs(t *testing.T) []*testLog {
	grants := newLog(t, "yunghap.local/grants", []string{
		chainRecord(1, "g-1", 1, ""), chainRecord(2, "g-2", 1, ""), chainRecord(3, "g-1", 2, "h1"),
		chainRecord(4, "g-1", 3, "h3"), chainRecord(5, "g-2", 2, "h2"),
	})
	applications := newLog(t, "yunghap.local/applications", []string{chainRecord(1, "a-1", 1, ""), chainRecord(2, "a-1", 2, "h1")})
	return []*testLog{grants, applications}
}

// verdict runs the command on the packet (any JSON value, or raw bytes) and returns its exit
// status and output.
func verdict(t *testing.T, packet any, extra ...string) (int, string) {
	t.Helper()
	data, ok := packet.([]byte)
	if !ok {
		var err error
		if data, err = json.Marshal(packet); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "packet.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code := run(append([]string{path}, extra...), &out, &out)
	return code, out.String()
}

func logAt(p map[string]any, i int) map[string]any { return p["logs"].([]any)[i].(map[string]any) }
func eventAt(p map[string]any, i, e int) map[string]any {
	return logAt(p, i)["events"].([]any)[e].(map[string]any)
}

func TestAValidPacketPasses(t *testing.T) {
	logs := twoLogs(t)
	code, out := verdict(t, packetOf(t, logs, [][]int{{0, 2, 3, 4}, {1}}))
	if code != 0 || !strings.Contains(out, "연서명 (cosignatures): 1") || !strings.Contains(out, "warning") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	keys := filepath.Join(t.TempDir(), "keys")
	os.WriteFile(keys, []byte("# published\n"+logs[0].vkey+"\n\n"+logs[1].vkey+"\n"), 0o644)
	if code, out := verdict(t, packetOf(t, logs, [][]int{{0}, {1}}), "--trusted-keys", keys); code != 0 || strings.Contains(out, "warning") {
		t.Fatalf("with trusted keys, exit %d:\n%s", code, out)
	}
}

func TestEachCheckRejects(t *testing.T) {
	logs := twoLogs(t)
	other, otherKey := newKey(t, "yunghap.local/grants")
	fresh := func() map[string]any { return packetOf(t, logs, [][]int{{0, 2, 3}, {0, 1}}) }
	for name, c := range map[string]struct {
		spoil func(p map[string]any) any
		says  string
	}{
		"not JSON":       {func(p map[string]any) any { return []byte("{") }, "not JSON"},
		"format":         {func(p map[string]any) any { p["format"] = "yunghap-evidence/2"; return p }, "format"},
		"no logs":        {func(p map[string]any) any { p["logs"] = []any{}; return p }, "non-empty array"},
		"subject type":   {func(p map[string]any) any { p["subject"] = nil; return p }, "subject is not a string"},
		"key":            {func(p map[string]any) any { logAt(p, 0)["verifierKeys"] = []any{"x+00000000+AQ=="}; return p }, "verifier key"},
		"unknown signer": {func(p map[string]any) any { logAt(p, 0)["verifierKeys"] = []any{otherKey}; return p }, "no valid signature"},
		"foreign checkpoint": {func(p map[string]any) any {
			logAt(p, 1)["checkpoint"] = sign(t, "yunghap.local/other\n2\n"+root+"\n", logs[1].signer)
			return p
		}, "foreign checkpoint"},
		"bad signature": {func(p map[string]any) any {
			cp := logAt(p, 0)["checkpoint"].(string)
			logAt(p, 0)["checkpoint"] = strings.Replace(cp, "\n5\n", "\n4\n", 1)
			return p
		}, "does not verify"},
		"index past size":   {func(p map[string]any) any { eventAt(p, 1, 1)["index"] = 2; return p }, "not below the checkpoint's tree size"},
		"index not integer": {func(p map[string]any) any { eventAt(p, 1, 1)["index"] = 1.5; return p }, "not a non-negative integer"},
		"record not object": {func(p map[string]any) any { eventAt(p, 0, 0)["record"] = "[1]"; return p }, "not a JSON object"},
		"position":          {func(p map[string]any) any { eventAt(p, 0, 1)["index"] = 3; return p }, "record.position of event 3"},
		"proof": {func(p map[string]any) any {
			proof := eventAt(p, 0, 1)["inclusionProof"].([]string)
			proof[0], proof[1] = proof[1], proof[0]
			return p
		}, "inclusion proof of event 2 does not lead"},
		"a repeated signature of a known key that fails": {func(p map[string]any) any {
			cp := logAt(p, 0)["checkpoint"].(string)
			first := cp[strings.LastIndex(cp, "\n\n")+2:]
			first = first[:strings.Index(first, "\n")]
			logAt(p, 0)["checkpoint"] = cp + first[:len(first)-4] + "AAA=\n"
			return p
		}, "does not verify"},
		"seal dropped the last event": {func(p map[string]any) any {
			logAt(p, 1)["events"] = logAt(p, 1)["events"].([]any)[:1]
			return p
		}, "seal's text differs"},
		"seal by another log": {func(p map[string]any) any {
			seal := p["seal"].(string)
			p["seal"] = sign(t, seal[:strings.LastIndex(seal, "\n\n")+1], logs[1].signer)
			return p
		}, "the seal carries no valid signature"},
		"seal by an unlisted key of the same name": {func(p map[string]any) any {
			seal := p["seal"].(string)
			p["seal"] = sign(t, seal[:strings.LastIndex(seal, "\n\n")+1], other)
			return p
		}, "the seal carries no valid signature"},
	} {
		t.Run(name, func(t *testing.T) {
			code, out := verdict(t, c.spoil(fresh()))
			if code != 1 || !strings.Contains(out, c.says) || !strings.HasPrefix(out, "거부: ") {
				t.Fatalf("exit %d, want 1 saying %q:\n%s", code, c.says, out)
			}
		})
	}
}

func TestARepeatedKeyIsUsedOnce(t *testing.T) {
	logs := twoLogs(t)
	p := packetOf(t, logs, [][]int{{0}, {0}})
	logAt(p, 0)["verifierKeys"] = []any{logs[0].vkey, logs[0].vkey}
	if code, out := verdict(t, p); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

func TestStreamChains(t *testing.T) {
	broken := newLog(t, "yunghap.local/grants", []string{chainRecord(1, "g-1", 1, ""), chainRecord(2, "g-1", 2, "h9")})
	if code, out := verdict(t, packetOf(t, []*testLog{broken}, [][]int{{0, 1}})); code != 1 || !strings.Contains(out, "stream g-1 version 2: previousHash differs") {
		t.Errorf("broken chain: exit %d\n%s", code, out)
	}
	// Only consecutive versions are compared: the packet may leave versions out.
	if code, out := verdict(t, packetOf(t, []*testLog{broken}, [][]int{{1}})); code != 0 {
		t.Errorf("version 2 alone: exit %d\n%s", code, out)
	}
	unrooted := newLog(t, "yunghap.local/grants", []string{chainRecord(1, "g-1", 1, "h0")})
	if code, out := verdict(t, packetOf(t, []*testLog{unrooted}, [][]int{{0}})); code != 1 || !strings.Contains(out, "version 1 has a previousHash") {
		t.Errorf("version 1 with a previous hash: exit %d\n%s", code, out)
	}
	twice := newLog(t, "yunghap.local/grants", []string{chainRecord(1, "g-1", 1, ""), chainRecord(2, "g-1", 1, "")})
	if code, out := verdict(t, packetOf(t, []*testLog{twice}, [][]int{{0, 1}})); code != 1 || !strings.Contains(out, "stream g-1 version 1 appears twice") {
		t.Errorf("a version twice: exit %d\n%s", code, out)
	}
}

func TestUsageAndUnreadableFilesExitTwo(t *testing.T) {
	var out bytes.Buffer
	for _, args := range [][]string{{}, {"a", "b"}, {"a", "--trusted-keys"}, {"--verbose", "a"}, {filepath.Join(t.TempDir(), "missing.json")}} {
		if code := run(args, &out, &out); code != 2 {
			t.Errorf("%q: exit %d", args, code)
		}
	}
	logs := twoLogs(t)
	if code, _ := verdict(t, packetOf(t, logs, [][]int{{0}, {0}}), "--trusted-keys", filepath.Join(t.TempDir(), "none")); code != 2 {
		t.Errorf("missing trusted keys file: exit %d", code)
	}
}
