#!/usr/bin/env python3
"""make_set.py: write the blind18 set and its labels.

blind18 covers what the earlier batches did not or barely did:

- internationalized mail (RFC 6530-6533): message/global-delivery-status
  reports with message/global and text/global-headers returns, utf-8
  address types in Final-Recipient and Original-Recipient, the refusals
  of an SMTPUTF8 message by a server that lacks the extension (Postfix's
  own 5.6.7, "553 5.6.7 ... SMTPUTF8 not supported", "555 5.5.4 ...
  SMTPUTF8"), IDN domains in punycode and in Unicode, RFC 2047 display
  names and subjects in KOI8-R, windows-1251, ISO-2022-JP, GB2312, Big5,
  EUC-KR, ISO-8859-7, Shift_JIS, TIS-620 and windows-1255;
- one report about many recipients with mixed results (delivered,
  relayed, expanded, delayed, failed in one message/delivery-status),
  ten and more recipients, recipients listed only in the text part;
- bounces inside other messages: Postfix postmaster copies, double
  bounces (Postfix, Exim, Sendmail), bounces forwarded inline (Gmail,
  Outlook, Thunderbird) and as message/rfc822 attachments, quoted with
  ">" in help-desk replies, header-only returns (text/rfc822-headers),
  multipart/mixed wrapping a multipart/report, bounces saved as .eml by
  Outlook and Thunderbird.

The messages were modelled from memory of those systems' templates,
WITHOUT reading mailfix's data/, lib/ or tests/cases/, without reading
the earlier blind sets' messages, and without running mailfix.  The
labels are what Sisimai is judged to answer (status, reply code, reason,
hardbounce); see README.md.  Only example domains (and their IDN forms)
and RFC 5737 addresses are used.

Usage: make_set.py [OUTDIR]   (default: the directory of this script)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import (b64, dsn, E, encode_body, fold, hdrs, Mime, mimeword, POSTFIX_DELAY,  # noqa: E402
                      POSTFIX_INTRO, qp, SENDMAIL_DELAY, raw, rec, said, smtp_err, write_set)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
SA = "sender@example.com"
N = [0]


def add(name, engine, msg, exp, crlf=False):
    """Record a message (text or bytes); with name None return its text
    instead (a bounce that another message wraps).  crlf: CRLF line ends."""
    if name is None:
        return msg
    assert name not in [s[0] for s in SETS], name
    if isinstance(msg, str):
        msg = msg.encode("utf-8")
    if crlf:
        msg = msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    SETS.append((name, engine, msg, exp))
    return None


def nxt():
    N[0] += 1
    return N[0]


BODY = ("Hi,\n\nplease find the shipping schedule for December below. Let me know if the\n"
        "dates for the Shenzhen and Osaka containers do not work for you.\n\n"
        "  - 3 Dec: Rotterdam\n  - 9 Dec: Shenzhen\n  - 15 Dec: Osaka\n\nBest regards,\nSender\n")
M = Mime("out2.example.com with ESMTPSA id 5C1E77B2", BODY, dkim_b="YmxpbmQxOGJvdW5jZXNpZ25hdHVyZTAy")
part, multipart, orig, returned = M.part, M.multipart, M.orig, M.returned
SUBJ = "December shipping schedule"

# IDN domains and internationalized addresses
CN, CN_A = "例子.中国", "xn--fsqu00a.xn--fiqs8s"
DE, DE_A = "bücher.example", "xn--bcher-kva.example"
RU, RU_A = "пример.рф", "xn--e1afmkfd.xn--p1ai"
GR, GR_A = "παράδειγμα.δοκιμή", "xn--hxajbheg2az3al.xn--jxalpdlp"
JP, JP_A = "例え.テスト", "xn--r8jz45g.xn--zckzah"
MU, MU_A = "münchen.example", "xn--mnchen-3ya.example"


def date_of(n, h=10, tz="+0000"):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    d = 10 + n % 14
    return "%s, %d Nov 2026 %02d:%02d:%02d %s" % (days[(d + 6) % 7], d, h, n % 60, (n * 13) % 60, tz)


# ==========================================================================
# Builders
# ==========================================================================

def postfix(name, host, recips, exp, delay=False, headers_only=False, engine="Postfix", crlf=False, gds=False,
            to=SA, subj=None, orig_subj=SUBJ, orig_from=None, orig_body=None, text_enc="7bit", intro=None,
            ftype="rfc822"):
    """recips: (addr, action, status, diag, remote, text[, dtype]).  gds: an
    RFC 6533 report (message/global-delivery-status, message/global or
    text/global-headers, a UTF-8 text part)."""
    n = nxt()
    date = date_of(n, 9, "+0100")
    qid = "4gK%dTq%02dZm8w" % (n % 10, n)
    text = (intro or (POSTFIX_DELAY if delay else POSTFIX_INTRO)) % host + "\n".join(
        "<%s>: %s\n" % (r[0], fold(r[5])) for r in recips)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, qid, SA, date)
    rs = [rec(r[0], r[1], r[2], r[3], r[4], dtype=r[6] if len(r) > 6 else "smtp", ftype=ftype) for r in recips]
    subj = subj or ("Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender")
    h = ["Return-Path: <>", "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date), "Date: %s" % date,
         "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: %s" % subj, "To: %s" % to,
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "Message-Id: <%s.%d@%s>" % (qid, n, host)]
    if gds:
        tp = part("text/plain", text, "8bit" if text_enc == "7bit" else text_enc, "utf-8",
                  extra=["Content-Description: Notification"])
        ds = raw(["Content-Description: Delivery report", "Content-Type: message/global-delivery-status",
                  "Content-Transfer-Encoding: 8bit"], per + "\n\n" + "\n\n".join(rs) + "\n")
        oh = orig(recips[0][0], orig_subj, date, "r%02d.%d@example.com" % (n, 7100 + n), frm=orig_from)
        if headers_only:
            rp = raw(["Content-Description: Undelivered Message Headers", "Content-Type: text/global-headers",
                      "Content-Transfer-Encoding: 8bit"], oh)
        else:
            rp = raw(["Content-Description: Undelivered Message", "Content-Type: message/global",
                      "Content-Transfer-Encoding: 8bit"], oh + "\n" + (orig_body or BODY))
        body = multipart("report", [tp, ds, rp], "%s.%d/%s" % (qid, 1795000000 + n, host),
                         params=" report-type=global-delivery-status;")
    else:
        tp = part("text/plain", text, text_enc, "us-ascii" if text_enc == "7bit" else "utf-8",
                  extra=["Content-Description: Notification"])
        body = multipart("report", [tp, dsn(per, rs, desc="Delivery report"),
                                    returned(recips[0][0], orig_subj, date, "r%02d.%d@example.com" % (n, 7100 + n),
                                             "headers" if headers_only else "message", frm=orig_from,
                                             body=orig_body,
                                             desc="Undelivered Message Headers" if headers_only
                                             else "Undelivered Message")],
                         "%s.%d/%s" % (qid, 1795000000 + n, host), params=" report-type=delivery-status;")
    return add(name, engine, "\n".join(h) + "\n" + body, exp, crlf=crlf)


def pf1(name, host, addr, status, reply, rhost, rip, exp, cmd="RCPT TO", delay=False, text=None, diag=None,
        dtype="smtp", **kw):
    return postfix(name, host, [(addr, "delayed" if delay else "failed", status, diag or reply, rhost,
                                 text or said(rhost, rip, reply, cmd), dtype)], exp, delay=delay, **kw)


EXIM_FAIL = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")


def exim(name, host, recips, exp, ver="4.98", tz="+0100", engine="Exim", intro=EXIM_FAIL, crlf=False, to=SA,
         subj="Mail delivery failed: returning message to sender", copy=None, extra=()):
    """recips: (addr, lines).  copy: the returned message (default: the
    original)."""
    n = nxt()
    date = date_of(n, 14, tz)
    mid = "1wQ%02dy-00%02dRk-7B" % (n, n)
    text = intro
    for a, lines in recips:
        text += "  %s\n" % a + "".join("    %s\n" % l for l in lines) + "\n"
    text += "------ This is a copy of the message, including all the headers. ------\n\n"
    text += copy if copy is not None else orig(recips[0][0], SUBJ, date, "x%02d.%d@example.com" % (n, 3300 + n)) + \
        "\n" + BODY
    h = ["Return-path: <>", "Envelope-to: %s" % to, "Delivery-date: %s" % date,
         "Received: from mailnull by %s with local (Exim %s)\n\tid %s\n\tfor %s; %s" % (host, ver, mid, to, date),
         "X-Failed-Recipients: %s" % ", ".join(r[0] for r in recips),
         "Auto-Submitted: auto-replied", "From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % to,
         "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "Subject: %s" % subj,
         "Message-Id: <E%s@%s>" % (mid, host), "Date: %s" % date] + list(extra)
    return add(name, engine, "\n".join(h) + "\n\n" + text, exp, crlf=crlf)


def sendmail(name, host, recips, exp, delay=False, engine="Sendmail", subj=None, to=SA, headers_only=True,
             orig_subj=SUBJ, orig_from=None, crlf=False):
    """recips: (addr, action, status, reply, rhost, transcript)."""
    n = nxt()
    date = date_of(n, 11, "-0800")
    qid = "5QC%02dWr0%02d4%d" % (n, n, n % 10)
    tr = "\n".join(r[5] for r in recips if r[5])
    if delay:
        text = SENDMAIL_DELAY % (date, tr)
        subj = subj or "Warning: could not send message for past 4 hours"
    else:
        text = ("The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
                "   ----- The following addresses had permanent fatal errors -----\n%s\n\n"
                "   ----- Transcript of session follows -----\n%s\n" % (
                    date, "\n".join("<%s>\n    (reason: %s)" % (r[0], r[3]) for r in recips if r[1] == "failed"),
                    tr))
        subj = subj or "Returned mail: see transcript for details"
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (host, date)
    rs = [rec(r[0], r[1], r[2], r[3], r[4], orig_rcpt=False, last=date) for r in recips]
    h = ["Return-Path: <>",
         "Received: from localhost (localhost)\n\tby %s (8.18.1/8.18.1) id %s;\n\t%s" % (host, qid, date),
         "Date: %s" % date, "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
         "Message-Id: <%s.%d@%s>" % (qid, n, host), "To: %s" % to, "MIME-Version: 1.0", "Subject: %s" % subj,
         "Auto-Submitted: auto-generated (failure)"]
    body = multipart("report", [part("text/plain", text), dsn(per, rs),
                                returned(recips[0][0], orig_subj, date, "s%02d.%d@example.com" % (n, 2200 + n),
                                         "headers" if headers_only else "message", frm=orig_from)],
                     "%s.%d/%s" % (qid, 1795100000 + n, host), params=" report-type=delivery-status;",
                     preamble="This is a MIME-encapsulated message\n")
    return add(name, engine, "\n".join(h) + "\n" + body, exp, crlf=crlf)


def sm_tr(rhost, addr, reply, cmd="RCPT To"):
    return "... while talking to %s.:\n>>> %s:<%s>\n<<< %s" % (rhost, cmd, addr, reply)


def report(name, engine, frm, subj, text, reporting, recips, exp, text_enc="7bit", text_cs="us-ascii",
           kind="headers", extra=(), extra_per="", html=None, crlf=False, orig_to=None, gds=False,
           orig_subj=SUBJ, to=SA):
    """A multipart/report DSN (gds: RFC 6533's global one): the text (or
    text+HTML alternative), the delivery-status and the returned message
    or its header."""
    n = nxt()
    date = date_of(n, 12)
    per = "Reporting-MTA: dns; %s%s\nArrival-Date: %s" % (reporting, extra_per, date)
    h = hdrs(frm, subj, date, "d%02d.%d@%s" % (n, 5500 + n, reporting), to=to,
             extra=list(extra) + ["Auto-Submitted: auto-replied"])
    tp = part("text/plain", text, text_enc, text_cs)
    if html is not None:
        hp = part("text/html", html, text_enc, text_cs)
        first = multipart("alternative", [tp, hp], "=_alt_%d" % n, preamble="")
    else:
        first = tp
    o_to = orig_to or recips_first(recips)
    if gds:
        ds = raw(["Content-Type: message/global-delivery-status", "Content-Transfer-Encoding: 8bit"],
                 per + "\n\n" + "\n\n".join(r.strip("\n") for r in recips) + "\n")
        oh = orig(o_to, orig_subj, date, "o%02d.%d@example.com" % (n, 5500 + n))
        rp = raw(["Content-Type: text/global-headers" if kind == "headers" else "Content-Type: message/global",
                  "Content-Transfer-Encoding: 8bit"], oh if kind == "headers" else oh + "\n" + BODY)
        rtype = "global-delivery-status"
    else:
        ds = dsn(per, recips)
        rp = returned(o_to, orig_subj, date, "o%02d.%d@example.com" % (n, 5500 + n), kind)
        rtype = "delivery-status"
    body = multipart("report", [first, ds, rp], "=_dsn_%d_%s" % (n, reporting), params=" report-type=%s;" % rtype)
    return add(name, engine, "\n".join(h) + "\n" + body, exp, crlf=crlf)


def recips_first(recips):
    line = recips[0].split("\n")[0]
    return line.split(";", 1)[1].strip()


def plain(name, engine, frm, subj, text, exp, extra=(), enc="7bit", cs="us-ascii", rp="<>", crlf=False, to=SA,
          ctype="text/plain"):
    n = nxt()
    date = date_of(n, 8)
    dom = frm.split("@")[-1].rstrip(">")
    cte, body = encode_body(text, enc, cs)
    h = hdrs(frm, subj, date, "p%02d.%d@%s" % (n, 6100 + n, dom), to=to, extra=extra, rp=rp)
    h += ["Content-Type: %s; charset=%s" % (ctype, cs), "Content-Transfer-Encoding: %s" % cte]
    return add(name, engine, "\n".join(h) + "\n\n" + body, exp, crlf=crlf)


def qmail(name, host, recips, exp, crlf=False):
    """qmail's text bounce: recips (addr, lines)."""
    n = nxt()
    date = date_of(n, 7)
    text = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n" % host)
    for a, lines in recips:
        text += "<%s>:\n%s\n\n" % (a, "\n".join(lines))
    text += "--- Below this line is a copy of the message.\n\n" + orig(recips[0][0], SUBJ, date, "q%02d@example.com" % n) \
        + "\n" + BODY
    h = ["Return-Path: <>", "Received: (qmail %d invoked for bounce); %s" % (41000 + n, date), "Date: %s" % date,
         "From: MAILER-DAEMON@%s" % host, "To: %s" % SA, "Subject: failure notice"]
    return add(name, "qmail", "\n".join(h) + "\n\n" + text, exp, crlf=crlf)


# ==========================================================================
# 1. Internationalized mail (RFC 6530-6533)
# ==========================================================================

MXCN = "mail.example.com"
pf1("gds-postfix-01.eml", MXCN, "用户@" + CN, "5.1.1", "550 5.1.1 <用户@%s>: Recipient address rejected: User unknown"
    " in virtual mailbox table" % CN, "mx." + CN_A, "198.51.100.31",
    [E("5.1.1", "550", "userunknown")], gds=True, ftype="utf-8", orig_subj="=?UTF-8?B?" +
    b64("十二月发货计划").replace("\n", "") + "?=")
pf1("gds-postfix-02.eml", MXCN, "josé.garcía@example.es", "5.2.2",
    "552 5.2.2 <josé.garcía@example.es>: Mailbox full", "mx.example.es", "198.51.100.32",
    [E("5.2.2", "552", "mailboxfull")], gds=True, ftype="utf-8", cmd="end of DATA")
pf1("gds-postfix-03.eml", MXCN, "王伟@" + CN, "4.4.1", None, "mx." + CN_A, "198.51.100.33",
    [E("4.4.1", "", "expired")], gds=True, delay=True,
    text="connect to mx.%s[198.51.100.33]:25: Connection timed out" % CN_A,
    diag="X-Postfix; connect to mx.%s[198.51.100.33]:25: Connection timed out" % CN_A, dtype="X-Postfix")
pf1("gds-postfix-04.eml", MXCN, "δοκιμή@" + GR, "5.7.1",
    "550 5.7.1 Message rejected as spam by Content Filtering", "mx." + GR_A, "198.51.100.34",
    [E("5.7.1", "550", "spamdetected")], gds=True, headers_only=True, ftype="utf-8", cmd="end of DATA")
pf1("gds-postfix-05.eml", MXCN, "山田@" + JP, "5.1.1", "550 5.1.1 No such user here", "mx." + JP_A,
    "198.51.100.35", [E("5.1.1", "550", "userunknown")], gds=True, ftype="utf-8", crlf=True, text_enc="base64")
report("gds-generic-01.eml", "RFC3464", "Mail Delivery Subsystem <postmaster@mx.example.jp>",
       "Delivery Status Notification (Failure)",
       "Your message could not be delivered to the following recipient:\n\n  佐藤@" + JP + "\n\n"
       "Reason: 550 5.1.1 mailbox unavailable\n", "mx.example.jp",
       ["Final-Recipient: utf-8; 佐藤@%s\nOriginal-Recipient: utf-8; 佐藤@%s\nAction: failed\nStatus: 5.1.1\n"
        "Remote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable" % (JP, JP, JP_A)],
       [E("5.1.1", "550", "userunknown")], gds=True, text_cs="utf-8", text_enc="8bit")
report("gds-generic-02.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@relay.example.net>",
       "Delivery Status Notification",
       "Delivery to the following recipients failed permanently or is delayed:\n\n"
       "  анна@%s: 550 5.1.1 unknown user\n  борис@%s: 452 4.2.2 mailbox over quota (still trying)\n" % (RU, RU),
       "relay.example.net",
       ["Final-Recipient: utf-8; анна@%s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.%s\n"
        "Diagnostic-Code: smtp; 550 5.1.1 unknown user" % (RU, RU_A),
        "Final-Recipient: utf-8; борис@%s\nAction: delayed\nStatus: 4.2.2\nRemote-MTA: dns; mx.%s\n"
        "Diagnostic-Code: smtp; 452 4.2.2 mailbox over quota\nWill-Retry-Until: Mon, 30 Nov 2026 10:00:00 +0000"
        % (RU, RU_A)],
       [E("5.1.1", "550", "userunknown"), E("4.2.2", "452", "mailboxfull")], gds=True, text_cs="utf-8",
       text_enc="qp", kind="message")
report("gds-generic-03.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@mx.example.de>",
       "Unzustellbar: " + SUBJ,
       "Ihre Nachricht konnte nicht zugestellt werden.\n\n  müller@%s\n  Grund: 550 5.1.1 Benutzer unbekannt\n" % MU,
       "mx.example.de",
       ["Final-Recipient: utf-8; müller@%s\nOriginal-Recipient: rfc822; mueller@%s\nAction: failed\n"
        "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <müller@%s>: Benutzer unbekannt" % (MU_A, MU_A, MU_A)],
       [E("5.1.1", "550", "userunknown")], gds=True, text_cs="utf-8", text_enc="base64")

# SMTPUTF8 refusals
pf1("smtputf8-postfix-01.eml", MXCN, "李娜@example.net", "5.6.7", None, "mx.example.net", "198.51.100.41",
    [E("5.6.7", "", "contenterror")],
    text="SMTPUTF8 is required, but was not offered by host mx.example.net[198.51.100.41]",
    diag="X-Postfix; SMTPUTF8 is required, but was not offered by host mx.example.net[198.51.100.41]",
    dtype="X-Postfix", gds=True, ftype="utf-8")
pf1("smtputf8-postfix-02.eml", MXCN, "李娜@example.net", "5.6.7",
    "553 5.6.7 <李娜@example.net>: SMTPUTF8 not supported", "mx.example.net", "198.51.100.42",
    [E("5.6.7", "553", "contenterror")], gds=True)
pf1("smtputf8-postfix-03.eml", MXCN, "kim@" + DE_A, "5.5.4",
    "555 5.5.4 Unsupported option: SMTPUTF8", "mx." + DE_A, "198.51.100.43",
    [E("5.5.4", "555", "systemerror")], cmd="MAIL FROM")
exim("smtputf8-exim-01.eml", "mail.example.com",
     [("ξένια@" + GR, smtp_err("mx.%s" % GR_A, "198.51.100.44",
                               "MAIL FROM:<sender@example.com> SIZE=2141 SMTPUTF8",
                               ["555 5.5.4 SMTPUTF8 parameter not recognized"]))],
     [E("5.5.4", "555", "onhold")])
exim("smtputf8-exim-02.eml", "mail.example.com",
     [("ñandú@example.ar", smtp_err("mx.example.ar", "198.51.100.45", "RCPT TO:<ñandú@example.ar>",
                                   ["553 5.6.7 Non-ASCII recipient requires SMTPUTF8, which this server does not "
                                    "support"]))],
     [E("5.6.7", "553", "contenterror")])
sendmail("smtputf8-sendmail-01.eml", "relay.example.org",
         [("χρήστης@example.gr", "failed", "5.6.7", "553 5.6.7 SMTPUTF8 not supported by this server",
           "mx.example.gr", sm_tr("mx.example.gr", "χρήστης@example.gr",
                                  "553 5.6.7 SMTPUTF8 not supported by this server"))],
         [E("5.6.7", "553", "contenterror")])
report("smtputf8-exchange-01.eml", "RFC3464", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@"
       "example.org>", "Undeliverable: " + SUBJ,
       "Delivery has failed to these recipients or groups:\n\nzoë@example.nl\n"
       "The recipient's email system doesn't support internationalized email addresses.\n\n"
       "Diagnostic information for administrators:\n\nGenerating server: DB8PR09MB1234.eurprd09.prod.outlook.com\n\n"
       "zoë@example.nl\nRemote Server returned '550 5.6.7 SMTPUTF8 is not supported by the destination'\n",
       "DB8PR09MB1234.eurprd09.prod.outlook.com",
       ["Final-Recipient: rfc822; zoë@example.nl\nAction: failed\nStatus: 5.6.7\n"
        "Diagnostic-Code: smtp; 550 5.6.7 SMTPUTF8 is not supported by the destination"],
       [E("5.6.7", "550", "contenterror")], text_cs="utf-8", text_enc="qp")

# IDN domains
pf1("idn-postfix-01.eml", MXCN, "anna@" + DE_A, "5.4.4", None, None, None,
    [E("5.4.4", "", "hostunknown")],
    text="Host or domain name not found. Name service error for name=%s type=AAAA: Host not found" % DE_A,
    diag="X-Postfix; Host or domain name not found. Name service error for name=%s type=AAAA: Host not found"
    % DE_A, dtype="X-Postfix")
postfix("idn-postfix-02.eml", MXCN, [("anna@" + DE, "failed", "5.1.1",
                                     "550 5.1.1 <anna@%s>: Recipient address rejected: User unknown" % DE_A,
                                     "mx." + DE_A,
                                     said("mx." + DE, "198.51.100.51",
                                          "550 5.1.1 <anna@%s>: Recipient address rejected: User unknown" % DE_A))],
        [E("5.1.1", "550", "userunknown")], text_enc="8bit")
exim("idn-exim-01.eml", "mail.example.com",
     [("hans@" + MU_A, ["all relevant MX records point to non-existent hosts"])],
     [E("5.0.912", "", "hostunknown")])
exim("idn-exim-02.eml", "mail.example.com",
     [("иван@" + RU, ["retry timeout exceeded"])], [E("4.0.947", "", "expired")])
sendmail("idn-sendmail-01.eml", "relay.example.org",
         [("olga@" + RU_A, "failed", "5.1.2", "550 5.1.2 <olga@%s>... Host unknown (Name server: %s: host not found)"
           % (RU_A, RU_A), None, "550 5.1.2 <olga@%s>... Host unknown (Name server: %s: host not found)" % (RU_A, RU_A))],
         [E("5.1.2", "550", "hostunknown")])
pf1("idn-postfix-03.eml", MXCN, "info@" + JP_A, "4.7.1",
    "450 4.7.1 <info@%s>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/%s.html"
    % (JP_A, JP_A), "mx." + JP_A, "198.51.100.53", [E("4.7.1", "450", "blocked")], delay=True)

# RFC 2047 display names and subjects in legacy charsets


def mw(s, cs, enc="B"):
    return mimeword(s, cs, enc)


report("charset-koi8r-01.eml", "RFC3464", "%s <mailer-daemon@mail.example.ru>" % mw("Почтовый робот", "koi8-r"),
       mw("Сообщение не доставлено", "koi8-r"),
       "Ваше сообщение не было доставлено следующему адресату:\n\n  petrov@example.ru\n\n"
       "Ответ сервера: 550 5.1.1 <petrov@example.ru>: no such user\n", "mail.example.ru",
       [rec("petrov@example.ru", "failed", "5.1.1", "550 5.1.1 <petrov@example.ru>: no such user", "mx.example.ru")],
       [E("5.1.1", "550", "userunknown")], text_cs="koi8-r", text_enc="base64",
       orig_subj=mw("График отгрузки на декабрь", "koi8-r"))
postfix("charset-cp1251-01.eml", MXCN, [("sidorova@example.ru", "failed", "5.2.2",
                                        "552 5.2.2 Mailbox size limit exceeded", "mx.example.ru",
                                        said("mx.example.ru", "198.51.100.61",
                                             "552 5.2.2 Mailbox size limit exceeded", "end of DATA"))],
        [E("5.2.2", "552", "mailboxfull")], orig_subj=mw("График отгрузки на декабрь", "windows-1251"),
        orig_from="sender@example.com")
report("charset-iso2022jp-01.eml", "RFC3464", "%s <MAILER-DAEMON@mail.example.jp>" % mw("メール配信システム", "iso-2022-jp"),
       mw("配信不能のお知らせ", "iso-2022-jp"),
       "次の宛先へのメッセージは配信できませんでした。\n\n  tanaka@example.jp\n\n"
       "エラー: 550 5.1.1 <tanaka@example.jp>: User unknown\n", "mail.example.jp",
       [rec("tanaka@example.jp", "failed", "5.1.1", "550 5.1.1 <tanaka@example.jp>: User unknown", "mx.example.jp")],
       [E("5.1.1", "550", "userunknown")], text_cs="iso-2022-jp", text_enc="jis",
       orig_subj=mw("１２月の出荷予定", "iso-2022-jp"))
report("charset-gb2312-01.eml", "RFC3464", "%s <postmaster@mail.example.cn>" % mw("系统管理员", "gb2312"),
       mw("系统退信：", "gb2312") + " " + SUBJ,
       "很抱歉，您发送的邮件无法投递到以下地址：\n\n  zhangwei@example.cn\n\n"
       "原因：对方服务器返回 550 Mailbox not found or access denied\n", "mail.example.cn",
       [rec("zhangwei@example.cn", "failed", "5.0.0", "550 Mailbox not found or access denied", "mx.example.cn",
            orig_rcpt=False)],
       [E("5.0.0", "550", "filtered")], text_cs="gb2312", text_enc="base64")
sendmail("charset-big5-01.eml", "relay.example.tw",
         [("chen@example.tw", "failed", "5.7.1", "550 5.7.1 <chen@example.tw>... Relaying denied",
           "mx.example.tw", sm_tr("mx.example.tw", "chen@example.tw", "550 5.7.1 <chen@example.tw>... Relaying denied"))],
         [E("5.7.1", "550", "norelaying")], orig_subj=mw("十二月出貨時程", "big5"),
         orig_from="sender@example.com")
postfix("charset-euckr-01.eml", MXCN, [("park@example.kr", "delayed", "4.2.2",
                                       "452 4.2.2 Mailbox full", "mx.example.kr",
                                       said("mx.example.kr", "198.51.100.63", "452 4.2.2 Mailbox full"))],
        [E("4.2.2", "452", "mailboxfull")], delay=True, orig_subj=mw("12월 선적 일정", "euc-kr"))
exim("charset-iso88597-01.eml", "mail.example.com",
     [("nikos@example.gr", smtp_err("mx.example.gr", "198.51.100.64", "RCPT TO:<nikos@example.gr>",
                                    ["550 5.1.1 <nikos@example.gr>: Recipient address rejected: User unknown in "
                                     "local recipient table"]))],
     [E("5.1.1", "550", "userunknown")],
     copy=orig("nikos@example.gr", mw("Πρόγραμμα αποστολών Δεκεμβρίου", "iso-8859-7", "Q"), date_of(70, 14),
               "x70.gr@example.com") + "\n" + BODY)
qmail("charset-sjis-01.eml", "mail.example.jp",
      [("suzuki@example.jp", ["Remote host said: 550 5.1.1 <suzuki@example.jp>... User Unknown"])],
      [E("5.1.1", "550", "userunknown")])
pf1("charset-tis620-01.eml", MXCN, "somchai@example.co.th", "5.7.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org",
    "mx.example.co.th", "198.51.100.66", [E("5.7.1", "554", "blocked")],
    orig_subj=mw("กำหนดการจัดส่งเดือนธันวาคม", "tis-620"))
sendmail("charset-cp1255-01.eml", "relay.example.co.il",
         [("dana@example.co.il", "failed", "5.1.1", "550 5.1.1 <dana@example.co.il>... User unknown",
           "mx.example.co.il", sm_tr("mx.example.co.il", "dana@example.co.il",
                                     "550 5.1.1 <dana@example.co.il>... User unknown"))],
         [E("5.1.1", "550", "userunknown")], orig_subj=mw("לוח משלוחים לדצמבר", "windows-1255"),
         orig_from="sender@example.com", subj=mw("הודעה לא נמסרה", "windows-1255") + " " + "Returned mail")
report("charset-mixed-01.eml", "RFC3464",
       "%s %s <mailer-daemon@mx.example.pl>" % (mw("Serwer", "iso-8859-2", "Q"), mw("pocztowy", "iso-8859-2", "Q")),
       mw("Niedoręczona wiadomość", "iso-8859-2", "Q") + " " + mw("– zwrot", "utf-8", "Q"),
       "Wiadomość nie została doręczona do: łukasz@example.pl\n550 5.2.1 Konto zablokowane (account disabled)\n",
       "mx.example.pl",
       [rec("lukasz@example.pl", "failed", "5.2.1", "550 5.2.1 <lukasz@example.pl>: account disabled",
            "mx.example.pl")],
       [E("5.2.1", "550", "filtered")], text_cs="iso-8859-2", text_enc="qp")

# ==========================================================================
# 2. One report about many recipients with mixed results
# ==========================================================================

MULTI = [  # (addr, action, status, diag, reason, reply)
    ("ada@example.org", "delivered", "2.0.0", "250 2.0.0 OK queued as 7F1A2", "delivered", "250"),
    ("ben@example.org", "failed", "5.1.1", "550 5.1.1 <ben@example.org>: User unknown", "userunknown", "550"),
    ("cleo@example.org", "relayed", "2.0.0", "250 2.0.0 Ok: queued", "delivered", "250"),
    ("dev@example.org", "expanded", "2.0.0", None, "delivered", ""),
    ("eli@example.net", "delayed", "4.4.1", "421 4.4.1 Connection timed out", "expired", "421"),
    ("fay@example.net", "failed", "5.2.2", "552 5.2.2 Mailbox full", "mailboxfull", "552"),
    ("gus@example.net", "delivered", "2.0.0", "250 2.0.0 OK", "delivered", "250"),
    ("hal@example.com", "failed", "5.7.1", "550 5.7.1 Message rejected as spam", "spamdetected", "550"),
    ("ivy@example.com", "delayed", "4.2.2", "452 4.2.2 Mailbox over quota", "mailboxfull", "452"),
    ("jon@example.com", "failed", "5.4.4", None, "hostunknown", ""),
    ("kai@example.com", "relayed", "2.0.0", None, "delivered", ""),
    ("lea@example.com", "failed", "5.1.1", "550 5.1.1 Recipient not found", "userunknown", "550"),
]


def multi_recs(rows, remote="mx.example.org"):
    out = []
    for a, act, st, dg, _r, _c in rows:
        out.append(rec(a, act, st, dg, remote if dg else None))
    return out


def multi_exp(rows):
    return [E(st if r != "hostunknown" else st, c, r) for _a, _act, st, _dg, r, c in rows]


report("multi-rfc3464-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@hub.example.com>",
       "Delivery Status Notification (Mixed)",
       "This is a delivery status report for your message to 12 recipients.\n"
       "Some were delivered, some are delayed, and some failed; see the attached report.\n",
       "hub.example.com", multi_recs(MULTI), multi_exp(MULTI))
report("multi-rfc3464-02.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@hub.example.com>",
       "Delivery Status Notification",
       "Delivered to 9 of 11 recipients. One recipient failed, one is delayed.\n", "hub.example.com",
       multi_recs([("r%02d@example.org" % i, "delivered", "2.0.0", "250 2.0.0 Ok", "delivered", "250")
                   for i in range(1, 6)] +
                  [("r06@example.org", "failed", "5.1.1", "550 5.1.1 No such user", "userunknown", "550")] +
                  [("r%02d@example.org" % i, "delivered", "2.0.0", "250 2.0.0 Ok", "delivered", "250")
                   for i in range(7, 11)] +
                  [("r11@example.org", "delayed", "4.7.0", "451 4.7.0 Temporary server error. Please try again "
                    "later", "expired", "451")]),
       [E("2.0.0", "250", "delivered")] * 5 + [E("5.1.1", "550", "userunknown")] +
       [E("2.0.0", "250", "delivered")] * 4 + [E("4.7.0", "451", "securityerror")], kind="message")
report("multi-rfc3464-03.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@lists.example.org>",
       "Successful Mail Delivery Report",
       "Your message was delivered or expanded for every recipient below.\n", "lists.example.org",
       [rec("team@lists.example.org", "expanded", "2.0.0", None, None),
        rec("ana@example.org", "delivered", "2.0.0", "250 2.0.0 Ok: queued as 3D11F", "mx.example.org"),
        rec("bo@example.org", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 3D120", "mx.example.org")],
       [E("2.0.0", "", "delivered"), E("2.0.0", "250", "delivered"), E("2.0.0", "250", "delivered")])
sendmail("multi-sendmail-01.eml", "relay.example.org",
         [("s%02d@example.org" % i, "failed", "5.1.1", "550 5.1.1 <s%02d@example.org>... User unknown" % i,
           "mx.example.org", sm_tr("mx.example.org", "s%02d@example.org" % i,
                                   "550 5.1.1 <s%02d@example.org>... User unknown" % i)) for i in range(1, 6)] +
         [("s06@example.org", "failed", "5.2.2", "552 5.2.2 <s06@example.org>... Mailbox full", "mx.example.org",
           sm_tr("mx.example.org", "s06@example.org", "552 5.2.2 <s06@example.org>... Mailbox full")),
          ("s07@example.net", "failed", "5.7.1", "550 5.7.1 <s07@example.net>... Relaying denied", "mx.example.net",
           sm_tr("mx.example.net", "s07@example.net", "550 5.7.1 <s07@example.net>... Relaying denied")),
          ("s08@example.net", "failed", "5.1.1", "550 5.1.1 <s08@example.net>... User unknown", "mx.example.net",
           sm_tr("mx.example.net", "s08@example.net", "550 5.1.1 <s08@example.net>... User unknown")),
          ("s09@example.net", "failed", "5.2.2", "552 5.2.2 <s09@example.net>... Mailbox full", "mx.example.net",
           sm_tr("mx.example.net", "s09@example.net", "552 5.2.2 <s09@example.net>... Mailbox full")),
          ("s10@example.net", "failed", "5.1.1", "550 5.1.1 <s10@example.net>... User unknown", "mx.example.net",
           sm_tr("mx.example.net", "s10@example.net", "550 5.1.1 <s10@example.net>... User unknown"))],
         [E("5.1.1", "550", "userunknown")] * 5 + [E("5.2.2", "552", "mailboxfull"), E("5.7.1", "550", "norelaying"),
                                                   E("5.1.1", "550", "userunknown"), E("5.2.2", "552", "mailboxfull"),
                                                   E("5.1.1", "550", "userunknown")])
PF_MULTI = [("u%02d@example.org" % i, "failed", "5.1.1", "550 5.1.1 <u%02d@example.org>: Recipient address rejected: "
             "User unknown in virtual mailbox table" % i, "mx.example.org",
             said("mx.example.org", "198.51.100.70", "550 5.1.1 <u%02d@example.org>: Recipient address rejected: "
                  "User unknown in virtual mailbox table" % i)) for i in range(1, 8)]
PF_MULTI += [("u08@example.net", "failed", "5.2.2", "552 5.2.2 Quota exceeded", "mx.example.net",
              said("mx.example.net", "198.51.100.71", "552 5.2.2 Quota exceeded", "end of DATA")),
             ("u09@example.net", "failed", "5.4.4", "X-Postfix; Host or domain name not found. Name service error for "
              "name=example.invalid type=A: Host not found", None,
              "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found",
              "X-Postfix"),
             ("u10@example.net", "failed", "5.7.1", "554 5.7.1 <u10@example.net>: Relay access denied",
              "mx.example.net", said("mx.example.net", "198.51.100.71",
                                     "554 5.7.1 <u10@example.net>: Relay access denied"))]
PF_MULTI = [r if len(r) == 7 else r + ("smtp",) for r in PF_MULTI]
PF_MULTI[8] = (PF_MULTI[8][0], "failed", "5.4.4", "Host or domain name not found. Name service error for "
               "name=example.invalid type=A: Host not found", None, PF_MULTI[8][5], "X-Postfix")
postfix("multi-postfix-01.eml", MXCN, PF_MULTI,
        [E("5.1.1", "550", "userunknown")] * 7 + [E("5.2.2", "552", "mailboxfull"), E("5.4.4", "", "hostunknown"),
                                                  E("5.7.1", "554", "norelaying")])
postfix("multi-postfix-02.eml", MXCN,
        [("w%02d@example.org" % i, "delayed", "4.4.1", "X-Postfix; connect to mx.example.org[198.51.100.72]:25: "
          "Connection refused", None, "connect to mx.example.org[198.51.100.72]:25: Connection refused", "X-Postfix")
         for i in range(1, 11)],
        [E("4.4.1", "", "expired")] * 10, delay=True)
postfix("multi-postfix-03.eml", MXCN,
        [("staff@example.com", "expanded", "2.0.0", "250 2.0.0 Ok", None, "alias expanded"),
         ("amy@example.com", "delivered", "2.0.0", "250 2.0.0 Ok", None, "delivered to mailbox"),
         ("bob@example.com", "delivered", "2.0.0", "250 2.0.0 Ok", None, "delivered to mailbox")],
        [E("2.0.0", "250", "delivered")] * 3, subj="Successful Mail Delivery Report",
        intro="This is the mail system at host %s.\n\nYour message was successfully delivered to the destination(s)\n"
              "listed below. If the message was delivered to mailbox you will\nreceive no further notifications. "
              "Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n"
              "                   The mail system\n\n")
EX_MULTI = [("t%02d@example.org" % i, smtp_err("mx.example.org", "198.51.100.73", "RCPT TO:<t%02d@example.org>" % i,
                                               ["550 5.1.1 <t%02d@example.org>: Recipient address rejected: User "
                                                "unknown" % i])) for i in range(1, 7)]
EX_MULTI += [("t07@example.net", smtp_err("mx.example.net", "198.51.100.74", "end of data",
                                          ["552 5.2.2 Mailbox quota exceeded"])),
             ("t08@example.net", ["Unrouteable address"]),
             ("t09@example.net", smtp_err("mx.example.net", "198.51.100.74", "RCPT TO:<t09@example.net>",
                                          ["554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using "
                                           "bl.spamcop.net"])),
             ("t10@example.com", ["retry timeout exceeded"]),
             ("t11@example.com", smtp_err("mx.example.com", "198.51.100.75", "RCPT TO:<t11@example.com>",
                                          ["550 5.2.1 The email account that you tried to reach is disabled."]))]
exim("multi-exim-01.eml", "mail.example.com", EX_MULTI,
     [E("5.1.1", "550", "userunknown")] * 6 + [E("5.2.2", "552", "mailboxfull"), E("5.0.912", "", "hostunknown"),
                                               E("5.7.1", "554", "blocked"), E("4.0.947", "", "expired"),
                                               E("5.2.1", "550", "suspend")])
exim("multi-exim-02.eml", "mail.example.com",
     [("v%02d@example.org" % i, ["Mailbox is full / Blocks limit exceeded / Inode limit exceeded"])
      for i in range(1, 11)], [E("5.0.922", "", "mailboxfull")] * 10)
qmail("multi-qmail-01.eml", "mail.example.com",
      [("q%02d@example.org" % i, ["Sorry, no mailbox here by that name. (#5.1.1)"]) for i in range(1, 6)] +
      [("q06@example.net", ["Remote host said: 552 5.2.2 Mailbox full"]),
       ("q07@example.net", ["Sorry, I couldn't find any host named example.invalid. (#5.1.2)"]),
       ("q08@example.net", ["Remote host said: 550 5.1.1 User unknown"]),
       ("q09@example.net", ["Remote host said: 554 5.7.1 Message rejected as spam"]),
       ("q10@example.net", ["Sorry, no mailbox here by that name. (#5.1.1)"])],
      [E("5.1.1", "", "userunknown")] * 5 + [E("5.2.2", "552", "mailboxfull"), E("5.1.2", "", "hostunknown"),
                                             E("5.1.1", "550", "userunknown"), E("5.7.1", "554", "spamdetected"),
                                             E("5.1.1", "", "userunknown")])
OSMTPD = ("Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
          "An error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\n")
plain("multi-opensmtpd-01.eml", "OpenSMTPD", "Mailer Daemon <MAILER-DAEMON@mail.example.com>",
      "Delivery status notification: error",
      OSMTPD + "".join("o%02d@example.org: 550 5.1.1 <o%02d@example.org>: Recipient address rejected: User unknown\n\n"
                       % (i, i) for i in range(1, 9)) +
      "o09@example.net: 552 5.2.2 Mailbox full\n\n"
      "o10@example.net: 550 5.7.1 Rejected by spam filter\n\n"
      "Below is a copy of the original message:\n\n" + orig("o01@example.org", SUBJ, date_of(90, 8), "os1@example.com")
      + "\n" + BODY,
      [E("5.1.1", "550", "userunknown")] * 8 + [E("5.2.2", "552", "mailboxfull"), E("5.7.1", "550", "securityerror")])
report("multi-gds-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@hub.example.com>",
       "Delivery Status Notification (Mixed)",
       "Results for your message to 10 recipients are attached.\n", "hub.example.com",
       ["Final-Recipient: utf-8; 用户%d@%s\nAction: %s\nStatus: %s%s" % (
           i, CN, act, st, "\nRemote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; %s" % (CN_A, dg) if dg else "")
        for i, (act, st, dg) in enumerate([("delivered", "2.0.0", "250 2.0.0 OK"),
                                           ("failed", "5.1.1", "550 5.1.1 user unknown"),
                                           ("delivered", "2.0.0", "250 2.0.0 OK"),
                                           ("delayed", "4.2.2", "452 4.2.2 mailbox full"),
                                           ("failed", "5.2.2", "552 5.2.2 mailbox full"),
                                           ("relayed", "2.0.0", None),
                                           ("failed", "5.1.1", "550 5.1.1 user unknown"),
                                           ("delivered", "2.0.0", "250 2.0.0 OK"),
                                           ("failed", "5.6.7", "553 5.6.7 SMTPUTF8 not supported"),
                                           ("delivered", "2.0.0", "250 2.0.0 OK")], 1)],
       [E("2.0.0", "250", "delivered"), E("5.1.1", "550", "userunknown"), E("2.0.0", "250", "delivered"),
        E("4.2.2", "452", "mailboxfull"), E("5.2.2", "552", "mailboxfull"), E("2.0.0", "", "delivered"),
        E("5.1.1", "550", "userunknown"), E("2.0.0", "250", "delivered"), E("5.6.7", "553", "contenterror"),
        E("2.0.0", "250", "delivered")], gds=True)
plain("multi-exchange-01.eml", "Exchange2007", "Microsoft Outlook <postmaster@corp.example.com>",
      "Undeliverable: " + SUBJ,
      "Delivery has failed to these recipients or groups:\n\n" +
      "".join("x%02d@example.org\nThe email address you entered couldn't be found.\n\n" % i for i in range(1, 11)) +
      "Diagnostic information for administrators:\n\nGenerating server: EX02.corp.example.com\n\n" +
      "".join("x%02d@example.org\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n" % i
              for i in range(1, 11)) + "Original message headers:\n\n" +
      orig("x01@example.org", SUBJ, date_of(91, 8), "ex1@example.com"),
      [E("5.1.1", "550", "userunknown")] * 10, extra=["Content-Language: en-US"])

# ==========================================================================
# 3. Bounces inside other messages
# ==========================================================================

PM_INTRO = ("This is the mail system at host %s.\n\nEnclosed is the mail delivery report that you requested.\n\n"
            "                   The mail system\n\n")
pf1("pmcopy-postfix-01.eml", MXCN, "gone@example.org", "5.1.1",
    "550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown", "mx.example.org", "198.51.100.81",
    [E("5.1.1", "550", "userunknown")], to="postmaster@example.com", subj="Postmaster Copy: Undelivered Mail",
    headers_only=True, intro=PM_INTRO)
pf1("pmcopy-postfix-02.eml", MXCN, "carol@example.net", "5.7.1",
    "554 5.7.1 <carol@example.net>: Relay access denied", "mx.example.net", "198.51.100.82",
    [E("5.7.1", "554", "norelaying")], to="postmaster@example.com", subj="Postmaster Copy: Undelivered Mail",
    headers_only=True, intro=PM_INTRO)
pf1("pmcopy-postfix-03.eml", MXCN, "dora@example.net", "4.4.1", None, None, None,
    [E("4.4.1", "", "expired")], to="postmaster@example.com", subj="Postmaster Warning: Delayed Mail",
    headers_only=True, intro=PM_INTRO, delay=True,
    text="connect to mx.example.net[198.51.100.83]:25: Connection timed out",
    diag="X-Postfix; connect to mx.example.net[198.51.100.83]:25: Connection timed out", dtype="X-Postfix")
# double bounces: the returned message is itself a bounce
INNER_BOUNCE_HDR = ("Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
                    "To: spoofed-sender@example.net\nSubject: Undelivered Mail Returned to Sender\n"
                    "Date: Tue, 17 Nov 2026 03:12:40 +0000\nMessage-Id: <20261117031240.1A2B3C@mx.example.org>\n"
                    "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n")
pf1("double-postfix-01.eml", MXCN, "spoofed-sender@example.net", "5.1.1",
    "550 5.1.1 <spoofed-sender@example.net>: Recipient address rejected: User unknown", "mx.example.net",
    "198.51.100.84", [E("5.1.1", "550", "userunknown")], to="postmaster@example.com",
    subj="Undelivered Mail Returned to Sender", orig_subj="Undelivered Mail Returned to Sender",
    orig_from="MAILER-DAEMON@mx.example.org",
    orig_body="This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your "
              "message could not\nbe delivered to one or more recipients.\n")
exim("double-exim-01.eml", "mail.example.com",
     [("spoofed@example.net", smtp_err("mx.example.net", "198.51.100.85", "RCPT TO:<spoofed@example.net>",
                                       ["550 5.1.1 <spoofed@example.net>: Recipient address rejected: User unknown"]))],
     [E("5.1.1", "550", "userunknown")], to="postmaster@example.com",
     copy=INNER_BOUNCE_HDR.replace("spoofed-sender", "spoofed") + "\nThis is the mail system at host mx.example.org.\n\n"
     "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
     "<nobody@example.org>: host mx.example.org[198.51.100.9] said: 550 5.1.1\n    User unknown (in reply to RCPT "
     "TO command)\n")
exim("double-exim-02.eml", "mail.example.com",
     [("bounces+123@example.net", smtp_err("mx.example.net", "198.51.100.86", "end of data",
                                           ["552 5.2.2 Mailbox quota exceeded"]))],
     [E("5.2.2", "552", "mailboxfull")], to="postmaster@mail.example.com",
     copy=INNER_BOUNCE_HDR.replace("spoofed-sender@example.net", "bounces+123@example.net") +
     "\nA message that you sent could not be delivered.\n")
sendmail("double-sendmail-01.eml", "relay.example.org",
         [("ghost@example.net", "failed", "5.1.1", "550 5.1.1 <ghost@example.net>... User unknown", "mx.example.net",
           sm_tr("mx.example.net", "ghost@example.net", "550 5.1.1 <ghost@example.net>... User unknown"))],
         [E("5.1.1", "550", "userunknown")], subj="Postmaster notify: see transcript for details",
         to="postmaster@relay.example.org", orig_subj="Returned mail: see transcript for details",
         orig_from="MAILER-DAEMON@relay.example.org")

# bounces that another message carries: the inner bounces first (name None)
B_PF = pf1(None, "mx1.example.com", "bob@example.org", "5.1.1",
           "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table",
           "mx.example.org", "198.51.100.91", None)
B_PF_SPAMHAUS = pf1(None, "mx1.example.com", "eve@example.net", "5.7.1",
                    "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; "
                    "https://www.spamhaus.org/query/ip/192.0.2.10", "mx.example.net", "198.51.100.92", None)
B_EXIM_FULL = exim(None, "mail.example.com",
                   [("fred@example.org", smtp_err("mx.example.org", "198.51.100.93", "end of data",
                                                  ["552 5.2.2 Mailbox quota exceeded"]))], None)
B_GMAIL = None


def body_of(msg):
    return msg.split("\n\n", 1)[1]


def text_of_pf(host, addr, reply_text):
    return (POSTFIX_INTRO % host) + "<%s>: %s\n" % (addr, fold(reply_text))


def fwd_inline(name, engine, frm, subj, intro, fwd_hdr, inner_text, exp, html=False, crlf=False, enc="7bit",
               extra=()):
    n = nxt()
    date = date_of(n, 16)
    body = intro + "\n\n" + fwd_hdr + "\n\n" + inner_text
    dom = frm.split("@")[-1].rstrip(">")
    h = hdrs(frm, subj, date, "f%02d.%d@%s" % (n, 8800 + n, dom), to="helpdesk@example.com",
             rp="<%s>" % frm.split("<")[-1].rstrip(">"), extra=list(extra))
    tp = part("text/plain", body, enc, "utf-8")
    if html:
        hb = "<div dir=\"ltr\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
            .replace("\n", "<br>\n") + "</div>"
        m = multipart("alternative", [tp, part("text/html", hb, enc, "utf-8")], "000000000000a1b2c3%04d" % n,
                      preamble="")
        return add(name, engine, "\n".join(h) + "\n" + m, exp, crlf=crlf)
    return add(name, engine, "\n".join(h) + "\n" + tp, exp, crlf=crlf)


GM_FWD = ("---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@mx1.example.com>\n"
          "Date: Tue, 24 Nov 2026 at 09:14\nSubject: Undelivered Mail Returned to Sender\nTo: <sender@example.com>")
fwd_inline("fwd-gmail-inline-01.eml", "Postfix", "Sam Sender <sender@example.com>",
           "Fwd: Undelivered Mail Returned to Sender",
           "Can someone check why this one bounced? Bob is a customer.", GM_FWD,
           text_of_pf("mx1.example.com", "bob@example.org",
                      said("mx.example.org", "198.51.100.91", "550 5.1.1 <bob@example.org>: Recipient address rejected: "
                           "User unknown in local recipient table")),
           [E("5.1.1", "550", "userunknown")], html=True)
fwd_inline("fwd-gmail-inline-02.eml", "Exchange2007", "Sam Sender <sender@example.com>",
           "Fwd: Undeliverable: " + SUBJ, "FYI, bounced again.",
           "---------- Forwarded message ---------\nFrom: Microsoft Outlook <postmaster@example.org>\n"
           "Date: Mon, 23 Nov 2026 at 15:02\nSubject: Undeliverable: " + SUBJ + "\nTo: <sender@example.com>",
           "Your message to pat@example.org couldn't be delivered.\npat wasn't found at example.org.\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: AM9PR04MB8123.eurprd04.prod.outlook.com\n\n"
           "pat@example.org\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
           "SMTP address lookup'\n",
           [E("5.1.10", "550", "userunknown")], html=True, enc="qp")
fwd_inline("fwd-outlook-inline-01.eml", "Exchange2007", "Sam Sender <sender@example.com>",
           "FW: Undeliverable: " + SUBJ, "Hi IT,\n\nthis came back from the Osaka office. Mailbox full?\n\nSam",
           "-----Original Message-----\nFrom: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@"
           "example.com>\nSent: Monday, November 23, 2026 4:10 PM\nTo: Sam Sender <sender@example.com>\n"
           "Subject: Undeliverable: " + SUBJ,
           "Delivery has failed to these recipients or groups:\n\nkenji@example.jp\n"
           "The recipient's mailbox is full and can't accept messages now.\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: EX01.example.com\n\n"
           "kenji@example.jp\nRemote Server returned '552 5.2.2 Mailbox full'\n",
           [E("5.2.2", "552", "mailboxfull")], crlf=True, extra=["Thread-Topic: Undeliverable: " + SUBJ,
                                                                 "Thread-Index: AQHbPz0nT3c4VxX2sUOe7u3F0Kp9Ag=="])
fwd_inline("fwd-thunderbird-inline-01.eml", "Exim", "Sam Sender <sender@example.com>",
           "Fwd: Mail delivery failed: returning message to sender", "Forwarding the bounce, see below.",
           "-------- Forwarded Message --------\nSubject: \tMail delivery failed: returning message to sender\n"
           "Date: \tTue, 24 Nov 2026 11:02:33 +0100\nFrom: \tMail Delivery System <Mailer-Daemon@mail.example.com>\n"
           "To: \tsender@example.com",
           EXIM_FAIL + "  fred@example.org\n    host mx.example.org [198.51.100.93]\n"
           "    SMTP error from remote mail server after end of data:\n    552 5.2.2 Mailbox quota exceeded\n",
           [E("5.2.2", "552", "mailboxfull")], extra=["User-Agent: Mozilla Thunderbird"])
fwd_inline("fwd-gmail-inline-03.eml", "Gmail", "Sam Sender <sender@example.com>",
           "Fwd: Delivery Status Notification (Failure)", "Is our domain misconfigured? Got this from Gmail.",
           "---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
           "Date: Wed, 25 Nov 2026 at 08:40\nSubject: Delivery Status Notification (Failure)\nTo: <sender@example.com>",
           "** Message blocked **\n\nYour message to lin@example.org has been blocked. See technical details below for "
           "more information.\n\nThe response from the remote server was:\n550 5.7.26 Unauthenticated email from "
           "example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com "
           "domain if this was a legitimate mail.\n",
           [E("5.7.26", "550", "authfailure")], html=True)


def fwd_attach(name, engine, frm, subj, intro, inner, exp, crlf=False, extra=(), fname=None, inline_text_enc="7bit"):
    n = nxt()
    date = date_of(n, 17)
    dom = frm.split("@")[-1].rstrip(">")
    h = hdrs(frm, subj, date, "g%02d.%d@%s" % (n, 9900 + n, dom), to="helpdesk@example.com",
             rp="<%s>" % frm.split("<")[-1].rstrip(">"), extra=list(extra))
    att = "Content-Type: message/rfc822%s\nContent-Disposition: attachment%s\n\n%s" % (
        "; name=\"%s\"" % fname if fname else "", "; filename=\"%s\"" % fname if fname else "", inner)
    m = multipart("mixed", [part("text/plain", intro, inline_text_enc, "utf-8"), att], "------------fw%04dAB" % n)
    return add(name, engine, "\n".join(h) + "\n" + m, exp, crlf=crlf)


fwd_attach("fwd-attach-01.eml", "Postfix", "Sam Sender <sender@example.com>",
           "Fwd: Undelivered Mail Returned to Sender", "Blocked by Spamhaus? Our IP is 192.0.2.10.\n",
           B_PF_SPAMHAUS, [E("5.7.1", "554", "blocked")], extra=["User-Agent: Mozilla Thunderbird"])
fwd_attach("fwd-attach-02.eml", "Exim", "Sam Sender <sender@example.com>",
           "Fwd: Mail delivery failed: returning message to sender", "See attached.\n", B_EXIM_FULL,
           [E("5.2.2", "552", "mailboxfull")], fname="Mail delivery failed.eml")
fwd_attach("fwd-attach-03.eml", "Postfix", "Sam Sender <sender@example.com>",
           "FW: Undelivered Mail Returned to Sender", "Bob's address is bouncing, please remove him from the list.\n",
           B_PF, [E("5.1.1", "550", "userunknown")], crlf=True, fname="Undelivered Mail Returned to Sender.eml",
           extra=["Thread-Topic: Undelivered Mail Returned to Sender", "X-MS-Has-Attach: yes"])
B_GDS = pf1(None, MXCN, "用户@" + CN, "5.1.1", "550 5.1.1 <用户@%s>: User unknown" % CN, "mx." + CN_A,
            "198.51.100.94", None, gds=True, ftype="utf-8")
fwd_attach("fwd-attach-04.eml", "Postfix", "Sam Sender <sender@example.com>", "Fwd: " + mw("退信", "gb2312"),
           "Forwarded: bounce from the Chinese office.\n", B_GDS, [E("5.1.1", "550", "userunknown")])
# a forward of a forward: the inner forward carries the bounce as an attachment
inner_fwd = fwd_attach(None, "Postfix", "Ann Helper <ann@example.com>", "Fwd: Undelivered Mail Returned to Sender",
                       "Forwarding to IT.\n", B_PF, None)
fwd_attach("fwd-attach-05.eml", "Postfix", "IT Desk <it@example.com>", "Fwd: Fwd: Undelivered Mail Returned to Sender",
           "Escalating.\n", inner_fwd, [E("5.1.1", "550", "userunknown")])


def quoted(text, depth=1):
    pre = ">" * depth + " "
    return "\n".join((pre + l).rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def helpdesk(name, engine, frm, subj, top, attrib, inner_text, exp, depth=1, enc="7bit", extra=()):
    n = nxt()
    date = date_of(n, 18)
    dom = frm.split("@")[-1].rstrip(">")
    body = top + "\n\n" + attrib + "\n" + quoted(inner_text, depth)
    h = hdrs(frm, subj, date, "h%02d.%d@%s" % (n, 7700 + n, dom), rp="<%s>" % frm.split("<")[-1].rstrip(">"),
             extra=list(extra) + ["In-Reply-To: <req%d@example.com>" % n])
    h += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: %s" % encode_body(body, enc, "utf-8")[0]]
    return add(name, engine, "\n".join(h) + "\n\n" + encode_body(body, enc, "utf-8")[1], exp)


helpdesk("helpdesk-quoted-01.eml", "Postfix", "Example Support <support@helpdesk.example.com>",
         "Re: [#48211] Email to customer bouncing",
         "Hello Sam,\n\nthe bounce you sent shows the recipient's server does not know this address.\n"
         "Please ask the customer for a current address.\n\nKind regards,\nSupport team",
         "On Tue, 24 Nov 2026 at 09:20, Sam Sender <sender@example.com> wrote:",
         text_of_pf("mx1.example.com", "bob@example.org",
                    said("mx.example.org", "198.51.100.91", "550 5.1.1 <bob@example.org>: Recipient address "
                         "rejected: User unknown in local recipient table")),
         [E("5.1.1", "550", "userunknown")], extra=["X-Mailer: Zendesk Mailer"])
helpdesk("helpdesk-quoted-02.eml", "Exim", "IT Service Desk <servicedesk@example.com>",
         "RE: INC0012345 - Mail delivery failed", "Hi,\n\nwe looked into this: the recipient's mailbox is full.",
         "-----Original Message-----\n> From: Sam Sender\n> Sent: 24 November 2026 10:02",
         EXIM_FAIL + "  fred@example.org\n    host mx.example.org [198.51.100.93]\n"
         "    SMTP error from remote mail server after end of data:\n    552 5.2.2 Mailbox quota exceeded\n",
         [E("5.2.2", "552", "mailboxfull")], depth=2, enc="qp")
helpdesk("helpdesk-quoted-03.eml", "Gmail", "Help Desk <help@example.com>",
         "Re: Fwd: Delivery Status Notification (Failure)",
         "Our DMARC record is fine, the forwarder broke DKIM. Closing this ticket.",
         "On Wed, Nov 25, 2026 at 8:45 AM Sam Sender <sender@example.com> wrote:",
         "---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\n"
         "** Message blocked **\n\nYour message to lin@example.org has been blocked.\n\n"
         "The response from the remote server was:\n550 5.7.26 Unauthenticated email from example.com is not "
         "accepted due to domain's DMARC policy.\n",
         [E("5.7.26", "550", "authfailure")])
helpdesk("helpdesk-quoted-04.eml", "Postfix", "Example Support <support@helpdesk.example.com>",
         "Re: [#48377] Delayed mail warning", "This is only a warning; the server will keep trying.",
         "Sam Sender wrote on 24.11.2026 12:00:",
         (POSTFIX_DELAY % "mx1.example.com") + "<mia@example.net>: connect to mx.example.net[198.51.100.95]:25:\n"
         "    Connection timed out\n", [E("4.4.1", "", "expired")])
# a message that is not a bounce: a user asks why mail bounces
plain("helpdesk-notbounce-01.eml", "none", "Sam Sender <sender@example.com>", "Why do my emails bounce?",
      "Hi,\n\nsince Monday some of my emails to customers come back as undelivered. I did not keep the\n"
      "bounce messages. Could you check the server? The mailbox full warnings I got last week are gone.\n\nSam\n",
      [], rp="<sender@example.com>", to="support@helpdesk.example.com")
fwd_inline("fwd-notbounce-01.eml", "none", "Sam Sender <sender@example.com>", "Fwd: December shipping schedule",
           "Forwarding the schedule, the original could not be delivered to Ken so please pass it on.",
           "---------- Forwarded message ---------\nFrom: Sam Sender <sender@example.com>\n"
           "Date: Mon, 23 Nov 2026 at 10:00\nSubject: " + SUBJ + "\nTo: <ken@example.org>", BODY, [])

# header-only returns
pf1("hdrs-postfix-01.eml", MXCN, "ina@example.org", "5.1.1",
    "550 5.1.1 <ina@example.org>: Recipient address rejected: User unknown in virtual alias table",
    "mx.example.org", "198.51.100.101", [E("5.1.1", "550", "userunknown")], headers_only=True)
sendmail("hdrs-sendmail-01.eml", "relay.example.org",
         [("jay@example.net", "failed", "5.2.2", "552 5.2.2 <jay@example.net>... Mailbox full", "mx.example.net",
           sm_tr("mx.example.net", "jay@example.net", "552 5.2.2 <jay@example.net>... Mailbox full"))],
         [E("5.2.2", "552", "mailboxfull")])
report("hdrs-rfc3464-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@hub.example.com>",
       "Delivery Status Notification (Delay)", "Delivery to kim@example.net is delayed; the server keeps trying.\n",
       "hub.example.com",
       [rec("kim@example.net", "delayed", "4.7.1", "450 4.7.1 Greylisted, please try again later", "mx.example.net",
            extra=["Will-Retry-Until: Sat, 28 Nov 2026 12:00:00 +0000"])],
       [E("4.7.1", "450", "blocked")])
report("hdrs-rfc3464-02.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@hub.example.com>",
       "Delivery Status Notification (Failure)", "Delivery to lou@example.net failed.\n", "hub.example.com",
       [rec("lou@example.net", "failed", "5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size",
            "mx.example.net")],
       [E("5.3.4", "552", "mesgtoobig")], crlf=True)


# multipart/mixed wrapping a multipart/report
def wrap_mixed(name, engine, inner, exp, banner, before=True, crlf=False):
    n = nxt()
    ih, ib = inner.split("\n\n", 1)
    hl = ih.split("\n")
    # keep the outer header lines except the inner Content-Type (continuation lines included)
    out, skip = [], False
    for l in hl:
        if l.lower().startswith("content-type:") or l.lower().startswith("mime-version:"):
            skip = True
            continue
        if skip and l[:1] in (" ", "\t"):
            continue
        skip = False
        out.append(l)
    ct = "\n".join(l for l in hl if l.lower().startswith("content-type:") or l[:1] in ("\t",) and "boundary" in l)
    rep = ct + "\n\n" + ib
    bp = part("text/plain", banner, "7bit", "us-ascii")
    parts = [bp, rep] if before else [rep, bp]
    out += ["MIME-Version: 1.0", "X-Disclaimer: added by gateway"]
    return add(name, engine, "\n".join(out) + "\n" + multipart("mixed", parts, "==wrap_%d==" % n), exp, crlf=crlf)


wrap_mixed("wrap-mixed-01.eml", "Postfix",
           pf1(None, "mx1.example.com", "nia@example.org", "5.1.1", "550 5.1.1 <nia@example.org>: Recipient address "
               "rejected: User unknown", "mx.example.org", "198.51.100.111", None),
           [E("5.1.1", "550", "userunknown")],
           "This message has been scanned for viruses by the Example Mail Gateway.\n")
wrap_mixed("wrap-mixed-02.eml", "Postfix",
           pf1(None, "mx1.example.com", "otto@example.net", "5.2.2", "552 5.2.2 <otto@example.net>: Mailbox full",
               "mx.example.net", "198.51.100.112", None, cmd="end of DATA"),
           [E("5.2.2", "552", "mailboxfull")],
           "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended only for the\n"
           "addressee. If you received it in error, please notify the sender and delete it.\n", before=False)
wrap_mixed("wrap-mixed-03.eml", "Postfix",
           pf1(None, MXCN, "用户@" + CN, "5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked "
               "using zen.spamhaus.org", "mx." + CN_A, "198.51.100.113", None, gds=True, ftype="utf-8"),
           [E("5.7.1", "554", "blocked")], "[External] Scanned by Example Secure Mail.\n")
wrap_mixed("wrap-mixed-04.eml", "Sendmail",
           sendmail(None, "relay.example.org",
                    [("pia@example.net", "failed", "5.1.1", "550 5.1.1 <pia@example.net>... User unknown",
                      "mx.example.net", sm_tr("mx.example.net", "pia@example.net",
                                              "550 5.1.1 <pia@example.net>... User unknown"))], None),
           [E("5.1.1", "550", "userunknown")], "-- \nExample Corp mail relay\n", before=False, crlf=True)


# bounces saved as .eml by Outlook and Thunderbird
def outlook_export(name, engine, inner, exp):
    ih, ib = inner.split("\n\n", 1)
    ih += ("\nThread-Topic: Undelivered Mail Returned to Sender\nThread-Index: AQHbPz1xQ2FrX0tYQkaJ0mJ6r8s2lw==\n"
           "X-MS-Exchange-Organization-AuthAs: Anonymous\nX-MS-Has-Attach: yes\nX-MS-TNEF-Correlator:\n"
           "Content-Language: en-US\nX-MS-Exchange-Organization-SCL: -1\nx-ms-exchange-organization-originalsize: 8123")
    return add(name, engine, ih + "\n\n" + ib, exp, crlf=True)


outlook_export("export-outlook-01.eml", "Postfix",
               pf1(None, "mx1.example.com", "quin@example.org", "5.1.1", "550 5.1.1 <quin@example.org>: Recipient "
                   "address rejected: User unknown", "mx.example.org", "198.51.100.121", None),
               [E("5.1.1", "550", "userunknown")])
outlook_export("export-outlook-02.eml", "Gmail",
               plain(None, "Gmail", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                     "Delivery Status Notification (Failure)",
                     "** Address not found **\n\nYour message wasn't delivered to rae@example.org because the address "
                     "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
                     "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
                     "the recipient's email address for typos or unnecessary spaces.\n", None, enc="base64",
                     cs="utf-8", extra=["X-Failed-Recipients: rae@example.org"]),
               [E("5.1.1", "550", "userunknown")])
outlook_export("export-outlook-03.eml", "Exchange2007",
               report(None, "RFC3464", "Microsoft Outlook <postmaster@example.org>", "Undeliverable: " + SUBJ,
                      "Delivery has failed to these recipients or groups:\n\nsol@example.org\n"
                      "Your message couldn't be delivered because the recipient's mailbox is full.\n\n"
                      "Diagnostic information for administrators:\n\nGenerating server: EX03.example.org\n\n"
                      "sol@example.org\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
                      "QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n", "EX03.example.org",
                      [rec("sol@example.org", "failed", "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
                           "QuotaExceededException.MapiExceptionShutoffQuotaExceeded", None)], None,
                      text_enc="qp", text_cs="utf-8", html="<p>Delivery has failed to these recipients or groups:</p>"
                      "<p>sol@example.org<br>Your message couldn't be delivered because the recipient's mailbox is "
                      "full.</p>"),
               [E("5.2.2", "554", "mailboxfull")])


def tb_export(name, engine, inner, exp, from_line=True, crlf=False):
    ih, ib = inner.split("\n\n", 1)
    pre = "From - Fri Nov 27 06:11:42 2026\n" if from_line else ""
    pre += "X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:                                   " \
           "                                              \n"
    return add(name, engine, pre + ih + "\nX-Account-Key: account2\n\n" + ib, exp, crlf=crlf)


tb_export("export-thunderbird-01.eml", "Postfix",
          pf1(None, "mx1.example.com", "ray@example.net", "5.7.1", "550 5.7.1 <ray@example.net>: Recipient address "
              "rejected: Access denied", "mx.example.net", "198.51.100.131", None),
          [E("5.7.1", "550", "userunknown", hard=True)])
tb_export("export-thunderbird-02.eml", "Exim",
          exim(None, "mail.example.com",
               [("sue@example.org", smtp_err("mx.example.org", "198.51.100.132", "RCPT TO:<sue@example.org>",
                                             ["550 5.1.1 <sue@example.org>: Recipient address rejected: User "
                                              "unknown"]))], None),
          [E("5.1.1", "550", "userunknown")], from_line=False, crlf=True)
tb_export("export-thunderbird-03.eml", "Postfix",
          pf1(None, "mx1.example.com", "tom@" + RU, "4.4.1", None, None, None, None, delay=True, gds=True,
              ftype="utf-8", text="connect to mx.%s[198.51.100.133]:25: Connection refused" % RU_A,
              diag="X-Postfix; connect to mx.%s[198.51.100.133]:25: Connection refused" % RU_A, dtype="X-Postfix"),
          [E("4.4.1", "", "expired")])

write_set(OUT, SETS)
