package main

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// The evidence packet, format yunghap-evidence/1, as read from its JSON file. Decoding checks the
// shape only (check 1, and the types check 3 names); what the values prove is for checks.go.

const evidenceFormat = "yunghap-evidence/1"

type packet struct {
	subject     string
	generatedAt string
	logs        []evidenceLog
	seal        string
}

type evidenceLog struct {
	origin       string
	verifierKeys []string
	checkpoint   string
	events       []evidenceEvent
}

type evidenceEvent struct {
	// index is the leaf index the packet claims, a non-negative integer below 2^53.
	index int64
	// record is the leaf data exactly as the log hashed it.
	record string
	// proof is the inclusion proof still in base64: an element that is not a hash fails the proof
	// check of its event, not the packet's shape.
	proof []string
}

func decodePacket(data []byte) (*packet, *rejection) {
	// RFC 8259 §8.1: a JSON text is UTF-8. encoding/json would quietly read bad bytes as U+FFFD.
	if !utf8.Valid(data) || !json.Valid(data) {
		return nil, reject("파일이 JSON이 아닙니다", "the file is not JSON")
	}
	top, ok := objectOf(data)
	if !ok {
		return nil, reject("패킷이 JSON 객체가 아닙니다", "the packet is not a JSON object")
	}
	if format, ok := stringOf(top["format"]); !ok || format != evidenceFormat {
		return nil, reject(fmt.Sprintf("형식(format)이 %s이 아닙니다", evidenceFormat), fmt.Sprintf("the format is not %s", evidenceFormat))
	}
	p := &packet{}
	for _, field := range []struct {
		name string
		into *string
		// generatedAt is neither signed nor compared: any string will do, lone surrogates included.
		read func(json.RawMessage) (string, bool)
	}{{"subject", &p.subject, stringOf}, {"generatedAt", &p.generatedAt, rawStringOf}, {"seal", &p.seal, stringOf}} {
		if *field.into, ok = field.read(top[field.name]); !ok {
			return nil, reject(fmt.Sprintf("%s 값이 유니코드 문자열이 아닙니다", field.name), fmt.Sprintf("%s is not a string of Unicode text", field.name))
		}
	}
	logs, ok := arrayOf(top["logs"])
	if !ok || len(logs) == 0 {
		return nil, reject("logs 값이 비어 있지 않은 배열이 아닙니다", "logs is not a non-empty array")
	}
	for i, raw := range logs {
		log, r := decodeLog(i, raw)
		if r != nil {
			return nil, r
		}
		p.logs = append(p.logs, log)
	}
	return p, nil
}

func decodeLog(i int, raw json.RawMessage) (evidenceLog, *rejection) {
	var log evidenceLog
	object, ok := objectOf(raw)
	if !ok {
		return log, reject(fmt.Sprintf("logs[%d] 값이 객체가 아닙니다", i), fmt.Sprintf("logs[%d] is not an object", i))
	}
	if log.origin, ok = stringOf(object["origin"]); !ok {
		return log, reject("로그의 origin이 문자열이 아닙니다", "the log's origin is not a string").at(inLog(i, ""))
	}
	where := inLog(i, log.origin)
	if log.checkpoint, ok = stringOf(object["checkpoint"]); !ok {
		return log, reject("체크포인트가 문자열이 아닙니다", "the checkpoint is not a string").at(where)
	}
	keys, ok := arrayOf(object["verifierKeys"])
	if !ok {
		return log, reject("verifierKeys 값이 배열이 아닙니다", "verifierKeys is not an array").at(where)
	}
	for k, rawKey := range keys {
		key, ok := stringOf(rawKey)
		if !ok {
			return log, reject(fmt.Sprintf("verifierKeys[%d] 값이 문자열이 아닙니다", k), fmt.Sprintf("verifierKeys[%d] is not a string", k)).at(where)
		}
		log.verifierKeys = append(log.verifierKeys, key)
	}
	events, ok := arrayOf(object["events"])
	if !ok {
		return log, reject("events 값이 배열이 아닙니다", "events is not an array").at(where)
	}
	for e, rawEvent := range events {
		event, r := decodeEvent(e, rawEvent)
		if r != nil {
			return log, r.at(where)
		}
		log.events = append(log.events, event)
	}
	return log, nil
}

func decodeEvent(e int, raw json.RawMessage) (evidenceEvent, *rejection) {
	var event evidenceEvent
	object, ok := objectOf(raw)
	if !ok {
		return event, reject(fmt.Sprintf("events[%d] 값이 객체가 아닙니다", e), fmt.Sprintf("events[%d] is not an object", e))
	}
	index, ok := safeIntegerOf(object["index"])
	if !ok || index < 0 {
		return event, reject(
			fmt.Sprintf("events[%d]의 index가 음이 아닌 정수가 아닙니다", e),
			fmt.Sprintf("the index of events[%d] is not a non-negative integer", e))
	}
	event.index = index
	if event.record, ok = rawStringOf(object["record"]); !ok {
		return event, reject(fmt.Sprintf("사건 %d의 record 값이 문자열이 아닙니다", index), fmt.Sprintf("the record of event %d is not a string", index))
	}
	proof, ok := arrayOf(object["inclusionProof"])
	if !ok {
		return event, reject(fmt.Sprintf("사건 %d의 포함 증명이 배열이 아닙니다", index), fmt.Sprintf("the inclusion proof of event %d is not an array", index))
	}
	for _, rawHash := range proof {
		hash, ok := stringOf(rawHash)
		if !ok {
			return event, reject(
				fmt.Sprintf("사건 %d의 포함 증명에 문자열이 아닌 값이 있습니다", index),
				fmt.Sprintf("the inclusion proof of event %d holds a value that is not a string", index))
		}
		event.proof = append(event.proof, hash)
	}
	return event, nil
}
