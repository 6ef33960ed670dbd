"""blindset.py: what the generators of the blind bounce batches
(blind9/make_set.py, blind10/ .. blind12/) share: MIME encodings of a
body or a header word, Postfix's folding and bounce texts, the expected
bounce of a label (E) and writing the messages and labels.jsonl of a
batch."""
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


def fold(s, width=76, indent="    "):
    """Fold a long line at spaces the way Postfix folds its bounce text."""
    out, line = [], ""
    for w in s.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = indent + w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


# Postfix's bounce text before the recipients (% the host).
POSTFIX_INTRO = ("This is the mail system at host %s.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n")

# ... and its delay warning.
POSTFIX_DELAY = ("This is the mail system at host %s.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n")

# The reasons whose bounces are hard whatever the status (INTERFACE.md).
HARD = ("userunknown", "hostunknown", "hasmoved")


def E(status, reply, reason, hard=None):
    """One expected bounce of labels.jsonl; hard by INTERFACE.md's rule
    unless given."""
    if hard is None:
        hard = reason in HARD or (reason == "notaccept" and (status or reply).startswith("5"))
    return {"status": status, "reply_code": reply, "reason": reason, "hard": hard}


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
