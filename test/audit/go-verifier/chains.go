package main

import (
	"encoding/json"
	"fmt"
)

// Check 4: the events' hash chains per stream, within one log.

// link is what check 4 reads of a record.
type link struct {
	index        int64
	stream       string
	version      int64
	hash         string
	previousHash *string
}

// verifyChains checks, per stream within one log, that consecutive versions the packet holds are
// chained, that version 1 starts a chain, and that no version appears twice. Gaps are allowed: a
// packet carries the events of one decision chain, not whole streams.
func verifyChains(events []evidenceEvent, records []map[string]json.RawMessage) *rejection {
	links := make([]link, len(events))
	byStream := map[string]map[int64]link{}
	for e, record := range records {
		l, r := linkOf(events[e].index, record)
		if r != nil {
			return r
		}
		if byStream[l.stream] == nil {
			byStream[l.stream] = map[int64]link{}
		}
		if _, twice := byStream[l.stream][l.version]; twice {
			return reject(
				fmt.Sprintf("스트림 %s의 버전 %d 기록이 두 번 나옵니다 (사건 %d)", l.stream, l.version, l.index),
				fmt.Sprintf("stream %s version %d appears twice (event %d)", l.stream, l.version, l.index))
		}
		byStream[l.stream][l.version] = l
		links[e] = l
	}
	for _, l := range links {
		if l.version == 1 && l.previousHash != nil {
			return reject(
				fmt.Sprintf("스트림 %s의 버전 1에 previousHash가 null이 아닙니다 (사건 %d)", l.stream, l.index),
				fmt.Sprintf("stream %s version 1 has a previousHash that is not null (event %d)", l.stream, l.index))
		}
		before, held := byStream[l.stream][l.version-1]
		if held && (l.previousHash == nil || *l.previousHash != before.hash) {
			return reject(
				fmt.Sprintf("스트림 %s의 버전 %d의 previousHash가 버전 %d의 hash와 다릅니다 (사건 %d)", l.stream, l.version, l.version-1, l.index),
				fmt.Sprintf("stream %s version %d: previousHash differs from the hash of version %d (event %d)", l.stream, l.version, l.version-1, l.index))
		}
	}
	return nil
}

func linkOf(index int64, record map[string]json.RawMessage) (link, *rejection) {
	l := link{index: index}
	var ok bool
	malformed := func(field, what, whatKo string) *rejection {
		return reject(
			fmt.Sprintf("사건 %d의 record.%s 값이 %s", index, field, whatKo),
			fmt.Sprintf("the record.%s of event %d is not %s", field, index, what))
	}
	if l.stream, ok = rawStringOf(record["streamId"]); !ok {
		return l, malformed("streamId", "a string", "문자열이 아닙니다")
	}
	if l.version, ok = safeIntegerOf(record["version"]); !ok || l.version < 1 {
		return l, malformed("version", "a positive integer", "양의 정수가 아닙니다")
	}
	if l.hash, ok = rawStringOf(record["hash"]); !ok {
		return l, malformed("hash", "a string", "문자열이 아닙니다")
	}
	if raw := record["previousHash"]; !isNull(raw) {
		previous, ok := rawStringOf(raw)
		if !ok {
			return l, malformed("previousHash", "a string or null", "문자열이나 null이 아닙니다")
		}
		l.previousHash = &previous
	}
	return l, nil
}
