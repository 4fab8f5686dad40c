"""Schemathesis hooks for Yunghap: the fuzzer behaves as a well-mannered client would.

A well-formed Idempotency-Key is replaced by a fresh one for every generated case: a real client
never sends one key with two different bodies, and Yunghap rightly answers that with 422. Keys that
break the header's own rules are left as generated, so the negative cases still reach the server.

A well-formed Yunghap-Min-Position becomes 0: a real client sends only a position a 202 gave it,
which the read models reach within moments, while an invented one is rightly 503 until then (the
integration tests cover that answer). Malformed values still go as generated, to meet their 400.

An uploaded document (the business plan: PDF, HWP, HWPX) goes as the raw bytes generated for its
binary schema, as a file would; the service tells the type from the bytes (415 when they are not it).
"""
import re
import uuid

import schemathesis

schemathesis.serializer.alias(["application/pdf", "application/x-hwp", "application/hwp+zip"], "application/octet-stream")

_WELL_FORMED = re.compile(r"^[!-~]{1,255}$")
_POSITION = re.compile(r"^[0-9]{1,15}$")


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    # Changed in place and only when a key is there: the case's other headers stay exactly as
    # generated (the auth checks depend on which ones are missing).
    for name in list(case.headers or {}):
        value = case.headers[name]
        if not isinstance(value, str):
            continue
        if name.lower() == "idempotency-key" and _WELL_FORMED.match(value):
            case.headers[name] = str(uuid.uuid4())
        if name.lower() == "yunghap-min-position" and _POSITION.match(value):
            case.headers[name] = "0"
