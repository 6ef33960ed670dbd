"""blindset.py: what the generators of the blind bounce batches
(blind9/make_set.py, blind10/, blind11/) share: MIME encodings of a body
or a header word, and writing the messages and labels.jsonl of a batch."""
import base64
import json
import os
import quopri


def b64(data, cs="utf-8"):
    """data (text in charset cs, or bytes) as base64 lines of 76."""
    raw = base64.b64encode(data if isinstance(data, bytes) else data.encode(cs)).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s, cs="utf-8"):
    """s in charset cs as quoted-printable."""
    return quopri.encodestring(s.encode(cs)).decode()


def mimeword(s, cs="utf-8", enc="B"):
    """s as one RFC 2047 encoded word."""
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())
    return "=?%s?Q?%s?=" % (cs, quopri.encodestring(s.encode(cs), header=True).decode())


def write_set(out, sets):
    """Write each (name, engine, message, expected) of sets as
    out/emails/NAME (UTF-8 text) and its line of out/labels.jsonl."""
    os.makedirs(os.path.join(out, "emails"), exist_ok=True)
    with open(os.path.join(out, "labels.jsonl"), "w") as lf:
        for name, engine, msg, exp in sorted(sets):
            with open(os.path.join(out, "emails", name), "w", encoding="utf-8", newline="\n") as f:
                f.write(msg)
            lf.write(json.dumps({"file": name, "engine": engine, "expected": exp}, ensure_ascii=False) + "\n")
    print("%d emails, %d bounces" % (len(sets), sum(len(s[3]) for s in sets)))
