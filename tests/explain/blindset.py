"""blindset.py: what the generators of the blind bounce batches
(blind9/make_set.py, blind10/ .. blind14/) share: MIME encodings of a
body or a header word (b64, qp, encode_body, mimeword, mimewords),
Postfix's folding and bounce texts, the MIME builders of a bounce (raw,
dsn, rec, and Mime for the parts that carry a batch's own constants:
part, multipart and the returned original, orig and returned), the
expected bounce of a label (E) and writing the messages and labels.jsonl
of a batch."""
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
    """s as one RFC 2047 encoded word.  A Q word is one line: quopri's
    soft line breaks (after 76 characters) are left out, as an encoded
    word cannot be folded inside."""
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())
    return "=?%s?Q?%s?=" % (cs, quopri.encodestring(s.encode(cs), header=True).decode().replace("=\n", ""))


def mimewords(s, cs="utf-8", enc="B"):
    """s as RFC 2047 encoded words of at most 75 characters each (the text
    is cut between characters and the words folded), as mail programs
    write a long subject."""
    words, chunk = [], ""
    for ch in s:
        if chunk and len(mimeword(chunk + ch, cs, enc)) > 75:
            words.append(mimeword(chunk, cs, enc))
            chunk = ch
        else:
            chunk += ch
    words.append(mimeword(chunk, cs, enc))
    return "\n ".join(words)


def encode_body(body, enc="7bit", cs="us-ascii", legacy=False):
    """(Content-Transfer-Encoding, text) of a text body in charset cs: enc
    is base64, qp, jis (ISO-2022-JP, 7bit: the escape sequences stay in
    the text) or a CTE kept as is.  legacy (blind11's rule): charset
    iso-2022-jp always gives jis, and an 8bit body in a charset other than
    UTF-8 and US-ASCII is given as latin-1 stand-ins of its bytes (the
    writer writes them back as bytes)."""
    if enc == "base64":
        return "base64", b64(body, cs)
    if enc == "qp":
        return "quoted-printable", qp(body, cs)
    if enc == "jis" or (legacy and cs.lower() == "iso-2022-jp"):
        return "7bit", body.encode("iso2022_jp").decode("ascii")
    if legacy and enc == "8bit" and cs.lower() not in ("utf-8", "us-ascii"):
        return "8bit", body.encode(cs).decode("latin-1")
    return enc, body


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

# --------------------------------------------------------------------------
# MIME builders of a bounce
# --------------------------------------------------------------------------

# Sendmail's warning of a delay (its "Transcript of session" filled with
# the receiving date and the transcript), as 8.x writes it.
SENDMAIL_DELAY = ("**********************************************\n"
                  "**      THIS IS A WARNING MESSAGE ONLY      **\n"
                  "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                  "**********************************************\n\n"
                  "The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
                  "   ----- Transcript of session follows -----\n%s\n"
                  "Warning: message still undelivered after 4 hours\n"
                  "Will keep trying until message is 5 days old\n")


def raw(headers, body):
    """A MIME part: its header lines, then body."""
    return "\n".join(headers) + "\n\n" + body.rstrip("\n") + "\n"


def rec(addr, action, status, diag=None, remote=None, dtype="smtp", extra=(), orig_rcpt=True, ftype="rfc822",
        last=None):
    """The per-recipient fields of a DSN (RFC 3464) for addr.  orig_rcpt:
    True or None gives Original-Recipient addr, False none, a string that
    address; last: a Last-Attempt-Date; extra: more field lines."""
    ls = ["Final-Recipient: %s; %s" % (ftype, addr)]
    if orig_rcpt is not False:
        ls.append("Original-Recipient: %s;%s" % (ftype, addr if orig_rcpt in (True, None) else orig_rcpt))
    ls += ["Action: %s" % action, "Status: %s" % status]
    if remote:
        ls.append("Remote-MTA: dns; %s" % remote)
    if diag:
        ls.append("Diagnostic-Code: %s; %s" % (dtype, diag))
    if last:
        ls.append("Last-Attempt-Date: %s" % last)
    return "\n".join(ls + list(extra or ()))


def dsn(per_msg, recips, ctype="message/delivery-status", extra=(), desc=None):
    """The delivery-status part: the per-message fields, then each rec()."""
    s = per_msg.strip("\n") + "\n"
    for r in recips:
        s += "\n" + r.strip("\n") + "\n"
    pre = list(extra) + (["Content-Description: %s" % desc] if desc else [])
    return raw(pre + ["Content-Type: %s" % ctype], s)


SENDER = "sender@example.com"

DKIM = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s1;\n"
        "\th=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n\tb=%s")


class Mime:
    """The builders whose output carries a batch's own constants: by, the
    host and id of the original's Received line ("out1.example.com with
    ESMTPSA id 9F2C41A0"); dkim_b, the b= of its DKIM-Signature (None: no
    signature); body, the original's body; charset, the original's;
    preamble, the default one of multipart; disposition, whether a
    returned message/rfc822 part says Content-Disposition: inline; legacy,
    encode_body's blind11 rule for part."""

    def __init__(self, by, body, dkim_b=None, charset="UTF-8",
                 preamble="This is a multi-part message in MIME format.\n", disposition=True, legacy=False,
                 sender=SENDER):
        self.by, self.body, self.dkim_b, self.charset = by, body, dkim_b, charset
        self.preamble, self.disposition, self.legacy, self.sender = preamble, disposition, legacy, sender

    def part(self, ctype, body, enc="7bit", cs="us-ascii", extra=()):
        """A text part of ctype in charset cs (None: no charset parameter)."""
        cte, text = encode_body(body, enc, cs, self.legacy)
        h = "Content-Type: %s" % ctype + ("; charset=%s" % cs if cs else "")
        return "\n".join(list(extra or ()) + [h, "Content-Transfer-Encoding: %s" % cte]) + "\n\n" + \
            text.rstrip("\n") + "\n"

    def multipart(self, sub, parts, bnd, params="", preamble=None):
        """The Content-Type header and body of a multipart/sub of parts."""
        s = "Content-Type: multipart/%s;%s\n\tboundary=\"%s\"\n\n%s\n" % (
            sub, params, bnd, self.preamble if preamble is None else preamble)
        for p in parts:
            s += "--%s\n%s\n" % (bnd, p)
        return s + "--%s--\n" % bnd

    def orig(self, to, subject, date, mid, frm=None, extra=()):
        """The header of the original message from frm (the sender) to to."""
        frm = frm or self.sender
        h = ["Return-Path: <%s>" % frm,
             "Received: from smtp.example.com (smtp.example.com [192.0.2.10])\n\tby %s\n\tfor <%s>; %s" % (
                 self.by, to, date)]
        if self.dkim_b:
            h.append(DKIM % self.dkim_b)
        h += ["From: Sender Example <%s>" % frm, "To: <%s>" % to, "Subject: %s" % subject, "Date: %s" % date,
              "Message-ID: <%s>" % mid, "MIME-Version: 1.0", "Content-Type: text/plain; charset=%s" % self.charset,
              "Content-Transfer-Encoding: 7bit"]
        return "\n".join(h + list(extra)) + "\n"

    def returned(self, to, subject, date, mid, kind="message", frm=None, desc=None, truncate=False, body=None):
        """The returned original as a MIME part: kind message (the whole
        message, cut in the middle of its header when truncate) or headers
        (text/rfc822-headers); desc: a Content-Description."""
        h = self.orig(to, subject, date, mid, frm)
        pre = ["Content-Description: %s" % desc] if desc else []
        if kind == "headers":
            return raw(pre + ["Content-Type: text/rfc822-headers"], h)
        txt = h + "\n" + (self.body if body is None else body)
        if truncate:
            txt = txt[:len(h) // 2]
        return raw(pre + ["Content-Type: message/rfc822"] + (["Content-Disposition: inline"] if self.disposition else []),
                   txt)


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
    out/emails/NAME (a message given as text is written as UTF-8, bytes as
    they are) and its line of out/labels.jsonl."""
    os.makedirs(os.path.join(out, "emails"), exist_ok=True)
    with open(os.path.join(out, "labels.jsonl"), "w") as lf:
        for name, engine, msg, exp in sorted(sets):
            with open(os.path.join(out, "emails", name), "wb") as f:
                f.write(msg if isinstance(msg, bytes) else msg.encode("utf-8"))
            lf.write(json.dumps({"file": name, "engine": engine, "expected": exp}, ensure_ascii=False) + "\n")
    print("%d emails, %d bounces" % (len(sets), sum(len(s[3]) for s in sets)))


def said(host, ip, reply, cmd="RCPT TO"):
    """Postfix's words for a remote server's reply."""
    return "host %s[%s] said: %s (in reply to %s command)" % (host, ip, reply, cmd)


def smtp_err(host, ip, cmd, reply):
    """Exim's lines for a remote server's reply (a list of lines)."""
    return ["host %s [%s]" % (host, ip), "SMTP error from remote mail server after %s:" % cmd] + reply


def hdrs(frm, subj, date, mid, to=SENDER, extra=(), rp="<>"):
    """A bounce's top header lines."""
    return ["Return-Path: %s" % rp, "Date: %s" % date, "From: %s" % frm, "To: %s" % to, "Subject: %s" % subj,
            "Message-ID: <%s>" % mid, "MIME-Version: 1.0"] + list(extra)


def write_wrapped(out, quoted):
    """The check behind the labels of messages no Sisimai module reads:
    each quoted reply of `quoted` ({file: (recipient, status or "", the
    reply, the remote host or None[, action])}) wrapped in an ordinary
    Postfix bounce written to out/file, for Sisimai to read."""
    os.makedirs(out, exist_ok=True)
    m = Mime("mail.example.com with ESMTPSA id 1A2B3C4D", "Hello.\n")
    for i, (name, entry) in enumerate(sorted(quoted.items())):
        addr, status, reply, rhost = entry[:4]
        action = entry[4] if len(entry) > 4 else "failed"
        host, qid = "mail.example.com", "4W%02dQx" % i
        code = reply[:3] if reply[:3].isdigit() else ""
        st = status or ("4.0.0" if code.startswith("4") else "5.0.0")
        said = ("host %s[198.51.100.9] said: %s (in reply to RCPT TO command)" % (rhost or "mx.example.org", reply)
                if code else reply)
        text = POSTFIX_INTRO % host + "<%s>: %s\n" % (addr, fold(said))
        per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; sender@example.com" % (host, qid)
        r = rec(addr, action, st, reply if code else None, (rhost or "mx.example.org") if code else None)
        h = ["Return-Path: <>", "Date: Tue, 18 Nov 2025 10:00:00 +0000",
             "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: Undelivered Mail Returned to Sender",
             "To: sender@example.com", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
             "Message-Id: <%s@%s>" % (qid, host)]
        body = m.multipart("report", [m.part("text/plain", text), dsn(per, [r]),
                                      m.returned(addr, "x", "Tue, 18 Nov 2025 09:59:00 +0000", "%s@example.com" % qid,
                                                 "headers")],
                           "%s/%s" % (qid, host), params=" report-type=delivery-status;")
        with open(os.path.join(out, name), "w") as f:
            f.write("\n".join(h) + "\n" + body)
