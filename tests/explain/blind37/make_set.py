#!/usr/bin/env python3
"""make_set.py [OUTDIR]: write blind37 (a month of one company's bounce
mailbox, February 2026) as OUTDIR/emails/*.eml and OUTDIR/labels.jsonl
(default: this directory).  The mix follows what a mid-size company's
return-path mailbox receives: the company's own Postfix relay (newsletter
and application mail), its Microsoft 365 tenant, its Google Workspace
sub-company, a cPanel Exim host for the shop, Amazon SES for receipts and
SendGrid for marketing; the receivers are mostly the big mailbox
providers.  Written from memory of these systems' 2025-2026 templates;
addresses and IPs are made up (documentation ranges, example domains; the
providers' own host names where the provider is the point)."""
import datetime
import hashlib
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import blindmta  # noqa: E402
from blindmta import SETS, add, exim, exo, nth, pf  # noqa: E402
from blindset import (E, POSTFIX_INTRO, Mime, b64, dsn, fold, hdrs, mimeword, mimewords, qp, raw, rec,  # noqa: E402
                      write_set)


def date(i, hh=None):
    """A date in February 2026 (the month of the mailbox), weekday right."""
    d = datetime.datetime(2026, 2, 1 + (i * 11) % 28, hh if hh is not None else (7 + i * 5) % 24,
                          (i * 13) % 60, (i * 29) % 60)
    zone = ["+0100", "+0000", "+0100", "-0500", "+0100", "-0800"][i % 6]
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + zone


blindmta.date = date


def qid(i):
    """A Postfix long queue id (and the stem of other ids) for item i."""
    a = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    h = int(hashlib.sha1(b"blind37-%d" % i).hexdigest(), 16)
    s = ""
    for _ in range(10):
        h, r = divmod(h, len(a))
        s += a[r]
    return "4f" + s


blindmta.qid = qid
# The company's senders (mime_for picks one per message).
blindmta.SENDERS[:] = ["newsletter@news.example.com", "billing@example.com", "j.moreau@example.com",
                       "noreply@app.example.com", "s.keller@example.com", "support@example.com"]
blindmta.BODY = ("Hello,\n\nthank you for your order. Your invoice is attached.\n\n"
                 "Kind regards,\nExample Customer Care\n")

GM, GMIP = "gmail-smtp-in.l.google.com", "142.250.27.26"
OLC = "example-com.mail.protection.outlook.com"
HOTMAIL = "hotmail-com.olc.protection.outlook.com"
YAHOO = "mta6.am0.yahoodns.net"
AOL = "mx-aol.mail.gm0.yahoodns.net"
ICLOUD = "mx01.mail.icloud.com"
GMX = "mx00.emig.gmx.net"
WEBDE = "mx-ha02.web.de"
ORANGE = "smtp-in.orange.fr"
COMCAST = "mx1a1.comcast.net"
QQ = "mx3.qq.com"
N163 = "163mx02.mxmail.netease.com"


def gsig(i):
    return "%s%d%s.%d - gsmtp" % ("5b1f17b1804b1-", 4000 + i * 37, "sor" if i % 2 else "si", 100 + i)


def gm(code, st, words, i):
    """Gmail's multi-line reply: code-st on each line, the words cut as
    Gmail cuts them (about 60 characters), the signature on the last."""
    lines, line = [], ""
    for w in words.split(" "):
        if line and len(line) + 1 + len(w) > 62:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    lines.append(line)
    out = ["%s-%s %s" % (code, st, l) for l in lines[:-1]]
    out.append("%s %s %s %s" % (code, st, lines[-1], gsig(i)))
    return out


# ---------------------------------------------------------------------------
# own builders
# ---------------------------------------------------------------------------

def pf_multi(name, host, items, exp, delay=False):
    """A Postfix report of several recipients (rcpt, rhost, rip, reply, cmd)."""
    i = nth()
    m, snd = blindmta.mime_for(i)
    q = qid(i)
    text = POSTFIX_INTRO % host
    recs = []
    for rcpt, rhost, rip, reply, cmd in items:
        reply = " ".join(reply) if isinstance(reply, list) else reply
        text += "<%s>: %s\n\n" % (rcpt, fold("host %s[%s] said: %s (in reply to %s command)" % (rhost, rip, reply, cmd)))
        recs.append(rec(rcpt, "failed", blindmta.enh(reply), reply, rhost))
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, q, snd, date(i, 3))
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, "Undelivered Mail Returned to Sender", date(i),
             "%s@%s" % (q, host), to=snd, extra=["Auto-Submitted: auto-replied"])
    parts = [m.part("text/plain", text.rstrip("\n") + "\n", extra=["Content-Description: Notification"]),
             dsn(per, recs, desc="Delivery report"),
             m.returned(items[0][0], "February newsletter: what's new", date(i, 2), "%s.%d@news.example.com" % (
                 q.lower(), i), "headers", desc="Undelivered Message Headers")]
    body = m.multipart("report", parts, "%s.%d/%s" % (q, 1770000000 + i, host), params=" report-type=delivery-status;")
    add(name, "Postfix", "\n".join(h) + "\n" + body, exp)


def pf_conn(name, rcpt, what, status, exp, delay=False, host="mail.example.com", action=None):
    """A Postfix report whose recipient never got an SMTP reply (DNS,
    connection): X-Postfix diagnostic, no Remote-MTA."""
    i = nth()
    m, snd = blindmta.mime_for(i)
    q = qid(i)
    if delay:
        text = blindmta.POSTFIX_DELAY % host
    else:
        text = POSTFIX_INTRO % host
    text += "<%s>: %s\n" % (rcpt, fold(what))
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, q, snd, date(i, 3))
    r = rec(rcpt, action or ("delayed" if delay else "failed"), status, what, None, dtype="X-Postfix",
            extra=(["Will-Retry-Until: %s" % date(i + 3, 3)] if delay else []))
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, subj, date(i), "%s@%s" % (q, host), to=snd,
             extra=["Auto-Submitted: auto-replied"])
    parts = [m.part("text/plain", text, extra=["Content-Description: Notification"]),
             dsn(per, [r], desc="Delivery report"),
             m.returned(rcpt, blindmta.SUBJECTS[i % 10], date(i, 2), "%s.%d@example.com" % (q.lower(), i), "headers",
                        desc="Undelivered Message Headers")]
    body = m.multipart("report", parts, "%s.%d/%s" % (q, 1770000000 + i, host), params=" report-type=delivery-status;")
    add(name, "Postfix", "\n".join(h) + "\n" + body, exp)


GWS_HEAD = {
    "notfound": ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
                 "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n"),
    "domain": ("** Address not found **\n\nYour message wasn't delivered to %s because the domain %s couldn't be "
               "found. Check for typos or unnecessary spaces and try again.\n"),
    "blocked": ("** Message blocked **\n\nYour message to %s has been blocked. See technical details below for more "
                "information.\n"),
    "notdelivered": ("** Message not delivered **\n\nThere was a problem delivering your message to %s. See the "
                     "technical details below, or try resending in a few minutes.\n"),
    "delay": ("** Delivery incomplete **\n\nThere was a temporary problem delivering your message to %s. Gmail will "
              "retry for 45 more hours. You'll be notified if the delivery fails permanently.\n"),
}


def gws(name, rcpt, reply, status, exp, head="notdelivered", remote=None, shown=None, kind="message"):
    """Google Workspace's own Delivery Status Notification to the
    company's staff (s.keller@ops.example.com is on Workspace)."""
    i = nth()
    snd = ["s.keller@ops.example.com", "a.novak@ops.example.com", "finance@ops.example.com"][i % 3]
    m = Mime("mail-wr1-f46.google.com with SMTPS id %s" % qid(i)[:8].lower(), blindmta.BODY,
             dkim_b="Hq%03dkX+eR2" % i, sender=snd)
    delay = head == "delay"
    if head == "domain":
        top = GWS_HEAD[head] % (rcpt, rcpt.split("@")[1])
    else:
        top = GWS_HEAD[head] % rcpt
    text = top + "\nThe response %s:\n%s\n" % ("was" if delay else "from the remote server was",
                                               shown or " ".join(reply) if isinstance(reply, list) else shown or reply)
    rtext = " ".join(reply) if isinstance(reply, list) else reply
    per = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\nX-Original-Message-ID: <CA+%s@mail.gmail.com>" % (
        date(i, 5), qid(i))
    where = ("%s. (%s, the server for the domain %s.)" % (remote[0], remote[1], rcpt.split("@")[1])) if remote else None
    r = rec(rcpt, "delayed" if delay else "failed", status, rtext, where, orig_rcpt=False, last=date(i, 6),
            extra=(["Will-Retry-Until: %s" % date(i + 2, 6)] if delay else []))
    h = hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
             "Delivery Status Notification (%s)" % ("Delay" if delay else "Failure"), date(i),
             "%s.%d.GMR@mx.google.com" % (qid(i).lower(), i), to=snd,
             extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: %s" % rcpt] if not delay else
             ["Auto-Submitted: auto-replied"])
    html = "<html><head></head><body><div>%s</div><p>%s</p></body></html>" % (
        top.split("\n")[0], rtext.replace("<", "&lt;").replace(">", "&gt;"))
    parts = [m.multipart("alternative", [m.part("text/plain", text, "7bit", "UTF-8"),
                                        m.part("text/html", html, "qp", "UTF-8")],
                         "000000000000b%s" % qid(i).lower(), preamble=""),
             dsn(per, [r]),
             m.returned(rcpt, blindmta.SUBJECTS[i % 10], date(i, 5), "CA+%s@mail.gmail.com" % qid(i), kind, frm=snd)]
    body = m.multipart("report", parts, "000000000000a%s" % qid(i + 1).lower(), params=" report-type=delivery-status;")
    add(name, "Gmail", "\n".join(h) + "\n" + body, exp)


EXO_LANG = {
    "de": ("Unzustellbar: ", "Ihre Nachricht an %s konnte nicht zugestellt werden.",
           "%s wurde nicht gefunden bei %s.", "Weitere Informationen für E-Mail-Administratoren",
           "Diagnoseinformationen für Administratoren:", "Generierender Server: %s", "de-DE"),
    "fr": ("Non remis : ", "Votre message à %s n'a pas pu être remis.",
           "%s est introuvable sur %s.", "Informations supplémentaires pour les administrateurs de messagerie",
           "Informations de diagnostic pour les administrateurs :", "Serveur de génération : %s", "fr-FR"),
    "es": ("No se puede entregar: ", "No se pudo entregar el mensaje a %s.",
           "No se encontró %s en %s.", "Más información para administradores de correo electrónico",
           "Información de diagnóstico para administradores:", "Servidor de generación: %s", "es-ES"),
}


def exo_lang(name, lang, rcpt, status, diag, exp, subject, cs="utf-8", enc="base64", remote=None):
    """An Exchange Online NDR in the sender's language (the text part in
    base64 or QP), the DSN and the returned headers."""
    i = nth()
    m, snd = blindmta.mime_for(i)
    pre, l1, l2, l3, l4, l5, cl = EXO_LANG[lang]
    user, dom = rcpt.split("@")
    gen = ["FR2P281MB2380.DEUP281.PROD.OUTLOOK.COM", "PA4PR04MB7613.eurprd04.prod.outlook.com",
           "DB9PR05MB8922.eurprd05.prod.outlook.com"][i % 3]
    text = (l1 % rcpt + "\n\n" + l2 % (user, dom) + "\n\n" + l3 + "\n\n" + l4 + "\n\n" + l5 % gen +
            "\n\n%s\n%s\n%s\n\n" % (rcpt, remote or gen, diag))
    frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>"
    subj = mimewords(pre + subject, "utf-8", "B" if enc == "base64" else "Q")
    h = hdrs(frm, subj, date(i), "%s@%s" % (qid(i).lower(), gen.lower()), to=snd,
             extra=["Content-Language: %s" % cl, "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"])
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (gen, gen, date(i, 4))
    r = rec(rcpt, "failed", status, diag[5:] if diag.startswith("smtp;") else diag, remote,
            extra=["X-Display-Name: %s" % user.replace(".", " ").title()])
    html = "<html><body><p>%s</p><p>%s</p></body></html>" % (l1 % rcpt, diag.replace("<", "&lt;").replace(">", "&gt;"))
    alt = m.multipart("alternative", [m.part("text/plain", text, enc, cs), m.part("text/html", html, "qp", cs)],
                      "alt%s" % qid(i), preamble="")
    parts = [alt, dsn(per, [r]), m.returned(rcpt, subject, date(i, 4), "%s@example.com" % qid(i + 1).lower(),
                                            "headers")]
    body = m.multipart("report", parts, "_000_%s%s_" % (qid(i), qid(i + 2)), params=" report-type=delivery-status;")
    add(name, "Exchange", "\n".join(h) + "\n" + body, exp)


def exo_multi(name, recips, exp):
    """An Exchange Online NDR for several recipients of one message."""
    i = nth()
    m, snd = blindmta.mime_for(i)
    gen = "AS8PR04MB8433.eurprd04.prod.outlook.com"
    text = "Your message couldn't be delivered to some recipients.\n\n"
    for rcpt, st, diag, remote in recips:
        text += "%s\nOffice 365 could not deliver the message.\n\n" % rcpt
    text += "More Info for Email Admins\n\nOriginal Message Details\nCreated Date:\t%s\nSender Address:\t%s\n\n" % (
        date(i, 4), snd)
    for rcpt, st, diag, remote in recips:
        text += "Error Details\nReported error:\t%s\nDSN generated by:\t%s\n%s\n" % (
            diag, gen, ("Remote server:\t%s\n" % remote) if remote else "")
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (gen, gen, date(i, 4))
    recs = [rec(r, "failed", st, d[5:] if d.startswith("smtp;") else d, rm) for r, st, d, rm in recips]
    h = hdrs("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>",
             "Undeliverable: Team offsite - agenda", date(i), "%s@%s" % (qid(i).lower(), gen.lower()), to=snd,
             extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"])
    parts = [m.part("text/plain", text, "qp", "us-ascii"), dsn(per, recs),
             m.returned(recips[0][0], "Team offsite - agenda", date(i, 4), "%s@example.com" % qid(i).lower(),
                        "headers")]
    body = m.multipart("report", parts, "_000_%s_" % qid(i), params=" report-type=delivery-status;")
    add(name, "Exchange", "\n".join(h) + "\n" + body, exp)


def exch_onprem_de(name, rcpt, status, diag, exp):
    """Exchange Server 2019 on premises, a German NDR (ISO-8859-1 QP)."""
    i = nth()
    m, snd = blindmta.mime_for(i)
    gen = "EXCH01.corp.example.local"
    user = rcpt.split("@")[0]
    text = ("Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\n%s (%s)\n"
            "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse "
            "des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenden Sie sich an Ihren "
            "E-Mail-Administrator, falls das Problem weiterhin besteht.\n\n\n\n\n"
            "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: %s\n\n%s\n%s\n%s\n\n"
            "Ursprüngliche Nachrichtenkopfzeilen:\n\n") % (user, rcpt, gen, rcpt, gen, diag)
    h = hdrs("Microsoft Exchange <postmaster@example.com>", "Unzustellbar: Angebot Nr. 2026-0214", date(i),
             "%s@%s" % (qid(i).lower(), gen.lower()), to=snd,
             extra=["Content-Language: de-DE", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"])
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (gen, gen, date(i, 4))
    r = rec(rcpt, "failed", status, diag, None)
    parts = [m.part("text/plain", text, "qp", "iso-8859-1"), dsn(per, [r]),
             m.returned(rcpt, "Angebot Nr. 2026-0214", date(i, 4), "%s@example.com" % qid(i).lower(), "headers")]
    body = m.multipart("report", parts, "_000_%s_" % qid(i), params=" report-type=delivery-status;")
    add(name, "Exchange2007", "\n".join(h) + "\n" + body, exp)


def exim_local(name, rcpt, lines, exp, host="server.shop-hosting.example", subj=None):
    """cPanel Exim's bounce of a local delivery or a retry give-up: the
    reason without a remote host."""
    i = nth()
    m, snd = blindmta.mime_for(i)
    snd = "orders@shop.example.com"
    mid = "1vQ%s-00%sZk-%s" % (qid(i)[:4], qid(i)[4:8], qid(i)[8:])
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n" % rcpt) + "".join("    %s\n" % l for l in lines)
    h = hdrs("Mail Delivery System <Mailer-Daemon@%s>" % host, subj or "Mail delivery failed: returning message to sender",
             date(i), "E%s@%s" % (mid, host), to=snd,
             extra=["X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied"])
    o = m.orig(rcpt, "Your order #%d has shipped" % (51200 + i), date(i, 1), "%s@shop.example.com" % qid(i).lower(),
               frm=snd)
    body = text + "\n------ This is a copy of the message, including all the headers. ------\n\n" + o + "\n" + \
        blindmta.BODY
    add(name, "Exim", "\n".join(h + ["Content-Type: text/plain; charset=us-ascii"]) + "\n\n" + body, exp)


SNS_FOOT = ("\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below "
            "to unsubscribe:\nhttps://sns.eu-west-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:eu-west-1:"
            "123456789012:ses-bounces:4f1c2a7e-9b3d-4c55-8e1a-6d2b7f0c9a31&Endpoint=bounces@example.com\n\n"
            "Please do not reply directly to this email. If you have any questions or comments regarding this email, "
            "please contact us at https://aws.amazon.com/support\n")


def ses_json(name, payload, exp):
    """An SES notification by an SNS email subscription (the JSON as the body)."""
    i = nth()
    body = payload + SNS_FOOT
    h = ["Return-Path: <0102019c%s-000000@eu-west-1.amazonses.com>" % qid(i).lower(),
         "Date: %s" % date(i), "From: AWS Notifications <no-reply@sns.amazonaws.com>",
         "To: bounces@example.com", "Subject: AWS Notification Message",
         "Message-ID: <0102019c%s@eu-west-1.amazonses.com>" % qid(i).lower(), "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit",
         "x-amz-sns-message-id: 7d3e%s-51c2-5a7e-9f2b-%s" % (qid(i)[:4].lower(), qid(i + 1).lower()[:12])]
    add(name, "AmazonSES", "\n".join(h) + "\n\n" + body, exp)


def ses_bounce(btype, sub, recips, i):
    import json
    mail = {"timestamp": "2026-02-%02dT09:%02d:11.000Z" % (1 + i % 28, i % 60), "source": "receipts@example.com",
            "sourceArn": "arn:aws:ses:eu-west-1:123456789012:identity/example.com", "sourceIp": "198.51.100.24",
            "callerIdentity": "ses-smtp-user.20250611", "sendingAccountId": "123456789012",
            "messageId": "0102019c%s-7a1e-4c2b-9d0f-%s-000000" % (qid(i).lower()[:8], qid(i + 3).lower()),
            "destination": [r[0] for r in recips]}
    bounce = {"feedbackId": "0102019c%s-b1c3-4e2a-a7f0-%s-000000" % (qid(i + 1).lower()[:8], qid(i + 2).lower()),
              "bounceType": btype, "bounceSubType": sub,
              "bouncedRecipients": [dict([("emailAddress", r[0]), ("action", "failed"), ("status", r[1])] +
                                         ([("diagnosticCode", r[2])] if r[2] else [])) for r in recips],
              "timestamp": "2026-02-%02dT09:%02d:13.000Z" % (1 + i % 28, i % 60),
              "remoteMtaIp": "203.0.113.%d" % (20 + i), "reportingMTA": "dns; b224-12.smtp-out.eu-west-1.amazonses.com"}
    return json.dumps({"notificationType": "Bounce", "bounce": bounce, "mail": mail})


def ses_dsn(name, rcpt, status, diag, remote, exp):
    """The DSN SES forwards to the Return-Path (email feedback forwarding)."""
    i = nth()
    m = Mime("e242-10.smtp-out.eu-west-1.amazonses.com with SMTP id %s" % qid(i)[:8].lower(), blindmta.BODY,
             sender="receipts@example.com")
    text = ("An error occurred while trying to deliver the mail to the following recipients:\n%s\n" % rcpt)
    per = "Reporting-MTA: dns; e242-10.smtp-out.eu-west-1.amazonses.com"
    r = rec(rcpt, "failed", status, diag, remote, orig_rcpt=False)
    h = hdrs("MAILER-DAEMON@amazonses.com", "Delivery Status Notification (Failure)", date(i),
             "0102019c%s-000000@eu-west-1.amazonses.com" % qid(i).lower(), to="receipts@example.com",
             extra=["X-SES-Outgoing: 2026.02.%02d-54.240.4.%d" % (1 + i % 28, i), "Auto-Submitted: auto-replied"])
    parts = [m.part("text/plain", text, cs="UTF-8"), dsn(per, [r]),
             m.returned(rcpt, "Your receipt from Example (#%d)" % (880000 + i), date(i, 8),
                        "0102019c%s@eu-west-1.amazonses.com" % qid(i + 1).lower(), "message")]
    body = m.multipart("report", parts, "----=_Part_%d_%d.%d" % (i * 7919, i * 104729, 1770000000000 + i),
                       params=" report-type=delivery-status;")
    add(name, "AmazonSES", "\n".join(h) + "\n" + body, exp)


def sendgrid(name, rcpt, reply, status, exp):
    """SendGrid's forwarded bounce (Return-Path apps@sendgrid.net)."""
    i = nth()
    m = Mime("geopod-ismtpd-7 (SG) with HTTP id %s" % qid(i)[:10], blindmta.BODY, sender="hello@news.example.com")
    text = ("This is an automatically generated message from SendGrid.\n\n"
            "I'm sorry to have to tell you that your message was not able to be\n"
            "delivered to one of its intended recipients.\n\n"
            "If you require assistance with this, please contact SendGrid support.\n\n"
            "%s\n\n" % reply)
    per = "Reporting-MTA: dns; o%d.ptr%d.news.example.com\nArrival-Date: %s" % (1000 + i, 4000 + i, date(i, 10))
    r = rec(rcpt, "failed", status, reply, None, orig_rcpt=False, dtype="smtp")
    h = ["Return-Path: <apps@sendgrid.net>", "Date: %s" % date(i), "From: <MAILER-DAEMON@sendgrid.net>",
         "To: hello@news.example.com", "Subject: Undelivered Mail Returned to Sender",
         "Message-ID: <%s.%d@ismtpd0014p1lon1.sendgrid.net>" % (qid(i).lower(), i), "MIME-Version: 1.0",
         "Auto-Submitted: auto-replied"]
    parts = [m.part("text/plain", text, cs="utf-8"), dsn(per, [r]),
             m.returned(rcpt, "Spring sale: 20% off until Sunday", date(i, 10), "%s@geopod-ismtpd-7" % qid(i).lower(),
                        "headers")]
    body = m.multipart("report", parts, "%s" % qid(i + 5), params=" report-type=delivery-status;")
    add(name, "SendGrid", "\n".join(h) + "\n" + body, exp)


def autoreply(name, frm, subj, body, extra, exp, cs="utf-8", enc="qp", html=None, to="j.moreau@example.com",
              rp=None):
    """An auto-reply (subject already encoded when it needs to be)."""
    i = nth()
    h = ["Return-Path: %s" % (rp or "<>"), "Date: %s" % date(i), "From: %s" % frm, "To: %s" % to,
         "Subject: %s" % subj, "Message-ID: <%s.%d@%s>" % (qid(i).lower(), i, frm.split("@")[-1].rstrip(">")),
         "In-Reply-To: <%s@example.com>" % qid(i + 1).lower(), "MIME-Version: 1.0"] + list(extra)
    m = Mime("x", "")
    if html:
        ctype = m.multipart("alternative", [m.part("text/plain", body, enc, cs), m.part("text/html", html, "qp", cs)],
                            "_000_%s_" % qid(i), preamble="")
        add(name, "RFC3834", "\n".join(h) + "\n" + ctype, exp)
    else:
        if enc == "jis":
            cte, text = "7bit", body.encode("iso2022_jp").decode("ascii")
        else:
            cte, text = ("quoted-printable", qp(body, cs)) if enc == "qp" else (
                ("base64", b64(body, cs)) if enc == "base64" else (enc, body))
        h += ["Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: %s" % cte]
        add(name, "RFC3834", "\n".join(h) + "\n\n" + text, exp)


def arf(name, frm, to, subj, fbtype, ua, src_ip, orig_rcpt, human, exp, extra_fields=(), orig_from=None):
    """An RFC 5965 feedback report with the reported message attached."""
    i = nth()
    orig_from = orig_from or "newsletter@news.example.com"
    b = "----=_Part_%d_%d" % (i * 31, 1770000000 + i)
    fields = ["Feedback-Type: %s" % fbtype, "User-Agent: %s" % ua, "Version: 1",
              "Original-Mail-From: <bounce+%s@news.example.com>" % qid(i).lower()[:8],
              "Original-Rcpt-To: <%s>" % orig_rcpt, "Arrival-Date: %s" % date(i, 11),
              "Source-IP: %s" % src_ip] + list(extra_fields)
    om = ("Return-Path: <bounce+%s@news.example.com>\nReceived: from out-12.news.example.com (%s)\n"
          "\tby mx.receiver.example; %s\nFrom: Example News <%s>\nTo: %s\nSubject: February newsletter: what's new\n"
          "Date: %s\nMessage-ID: <%s@news.example.com>\nList-Unsubscribe: <https://news.example.com/u/%s>\n"
          "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHello,\nour February news.\n") % (
        qid(i).lower()[:8], src_ip, date(i, 11), orig_from, "redacted" if "Microsoft" in ua else orig_rcpt,
        date(i, 10), qid(i).lower(), qid(i + 1).lower())
    body = ("This is a multi-part message in MIME format.\n\n--%s\nContent-Type: text/plain; charset=us-ascii\n"
            "Content-Transfer-Encoding: 7bit\n\n%s\n\n--%s\nContent-Type: message/feedback-report\n\n%s\n\n"
            "--%s\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n%s\n--%s--\n") % (
        b, human, b, "\n".join(fields), b, om, b)
    h = ["Return-Path: <>", "Date: %s" % date(i), "From: %s" % frm, "To: %s" % to, "Subject: %s" % subj,
         "Message-ID: <%s.%d@%s>" % (qid(i).lower(), i, frm.split("@")[-1].rstrip(">")), "MIME-Version: 1.0",
         "Content-Type: multipart/report; report-type=feedback-report;\n\tboundary=\"%s\"" % b]
    add(name, "ARF", "\n".join(h) + "\n\n" + body, exp)


# ---------------------------------------------------------------------------
# the month
# ---------------------------------------------------------------------------

def build():
    U = "userunknown"

    # -- userunknown: the bulk of any bounce mailbox ------------------------
    pf("pf-gmail-nosuchuser-01", "marta.lindqvist82@gmail.com", GM, GMIP,
       gm("550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking "
          "the recipient's email address for typos or unnecessary spaces. For more information, go to "
          "https://support.google.com/mail/?p=NoSuchUser", 1), [E("5.1.1", "550", U)])
    pf("pf-gmail-nosuchuser-02", "t.okafor.home@gmail.com", "gmail-smtp-in.l.google.com", "142.251.9.27",
       gm("550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking "
          "the recipient's email address for typos or unnecessary spaces. For more information, go to "
          "https://support.google.com/mail/?p=NoSuchUser", 2), [E("5.1.1", "550", U)], dsnfold=True, width=78)
    pf("pf-workspace-nosuchuser-03", "procurement@lumen-bau.example", "aspmx.l.google.com", "74.125.206.27",
       gm("550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking "
          "the recipient's email address for typos or unnecessary spaces. For more information, go to "
          "https://support.google.com/mail/?p=NoSuchUser", 3), [E("5.1.1", "550", U)])
    gws("gws-notfound-gmail-04", "jens.hoffmann1979@gmail.com",
        gm("550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking "
           "the recipient's email address for typos or unnecessary spaces. For more information, go to "
           "https://support.google.com/mail/?p=NoSuchUser", 4), "5.1.1", [E("5.1.1", "550", U)], head="notfound",
        remote=("gmail-smtp-in.l.google.com", "2a00:1450:400c:c0b::1a"))
    gws("gws-notfound-postfix-05", "s.ferreira@atelier-norte.example",
        "550 5.1.1 <s.ferreira@atelier-norte.example>: Recipient address rejected: User unknown in virtual mailbox "
        "table", "5.1.1", [E("5.1.1", "550", U)], head="notfound", remote=("mail.atelier-norte.example", "198.51.100.71"))
    exo("exo-notfound-06", "r.bianchi@contoso-partner.example", "5.1.10",
        "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient r.bianchi@contoso-partner.example not found by "
        "SMTP address lookup", [E("5.1.10", "550", U)],
        why="The email address you entered couldn't be found. Please check the recipient's email address and try to "
            "resend the message. If the problem continues, please contact your helpdesk.")
    exo("exo-notfound-remote-07", "h.nakamura@kaisha-partner.example", "5.1.1",
        "smtp;550 5.1.1 <h.nakamura@kaisha-partner.example>: Recipient address rejected: User unknown in local "
        "recipient table", [E("5.1.1", "550", U)], remote="mx01.kaisha-partner.example")
    pf("pf-outlookcom-unavailable-08", "bradley.k77@hotmail.com", HOTMAIL, "52.101.68.9",
       "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
       "[AM2PEPF0001C70A.eurprd05.prod.outlook.com 2026-02-09T08:41:12.553Z 08DE46B1A2F3C4D5]",
       [E("5.5.0", "550", U)])
    pf("pf-yahoo-dd-09", "lisa_marie_1988@yahoo.com", YAHOO, "67.195.204.77",
       "554 delivery error: dd This user doesn't have a yahoo.com account (lisa_marie_1988@yahoo.com) [0] - "
       "mta4011.mail.gq1.yahoo.com", [E("5.0.0", "554", U)], cmd="end of DATA")
    pf("pf-aol-dd-10", "grandpa.joe@aol.com", AOL, "67.195.228.106",
       "554 delivery error: dd Not a valid recipient - atlas-production.v2-mail-prod1-gq1.omega.yahoo.com",
       [E("5.0.0", "554", "filtered")], cmd="end of DATA")
    pf("pf-icloud-11", "chloe.martin@icloud.com", ICLOUD, "17.57.155.23",
       "550 5.1.1 <chloe.martin@icloud.com>: user does not exist", [E("5.1.1", "550", U)])
    pf("pf-gmx-unavailable-12", "k.brandt@gmx.de", GMX, "212.227.17.5",
       "550 Requested action not taken: mailbox unavailable", [E("5.0.0", "550", U)])
    exim("exim-webde-unavailable-13", "tobias.w@web.de", WEBDE, "212.227.15.41",
         "550 Requested action not taken: mailbox unavailable", [E("5.0.911", "550", U)])
    pf("pf-comcast-notcustomer-14", "dmcallister@comcast.net", COMCAST, "96.114.157.80",
       "550 5.1.1 <dmcallister@comcast.net> Not our Customer", [E("5.1.1", "550", U)])
    pf("pf-orange-ofr416-15", "m.durand56@orange.fr", ORANGE, "80.12.24.81",
       "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
       [E("5.1.1", "550", U)])
    pf("pf-qq-notfound-16", "2718281828@qq.com", QQ, "183.47.101.192",
       "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
       [E("5.0.0", "550", U)])
    pf("pf-163-notfound-17", "zhangwei_sh@163.com", N163, "220.181.15.114",
       "550 User not found: zhangwei_sh@163.com", [E("5.0.0", "550", U)])
    ses_dsn("ses-dsn-nouser-18", "accounts@harbor-freight-partner.example", "5.1.1",
            "smtp; 550 5.1.1 <accounts@harbor-freight-partner.example>... User unknown",
            "mx.harbor-freight-partner.example", [E("5.1.1", "550", U)])
    i = 19
    ses_json("ses-json-general-19", ses_bounce("Permanent", "General", [
        ("p.wojcik@interia-partner.example", "5.1.1",
         "smtp; 550 5.1.1 <p.wojcik@interia-partner.example>: Recipient address rejected: User unknown")], i),
        [E("5.1.1", "550", U)])
    sendgrid("sendgrid-gmail-20", "anna.petrova.design@gmail.com",
             "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
             "recipient's email address for typos or unnecessary spaces. For more information, go to "
             "https://support.google.com/mail/?p=NoSuchUser " + gsig(20), "5.1.1", [E("5.1.1", "550", U)])
    pf("pf-m365-accessdenied-21", "c.oduya@fabrikam-partner.example", "fabrikampartner-example.mail.protection.outlook.com",
       "52.101.73.12", "550 5.4.1 Recipient address rejected: Access denied. For more information see "
       "https://aka.ms/EXOSmtpErrors [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-02-12T14:02:51.871Z "
       "08DE4A5C9B7E1F20]", [E("5.4.1", "550", U)])
    exo("exo-onprem-notfound-22", "lagerhaltung@kunde-alt.example", "5.1.1",
        "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", [E("5.1.1", "550", U)],
        style="onprem", why="The email address you entered couldn't be found.")
    exch_onprem_de("exch-de-notfound-23", "einkauf@maschinenbau-kunde.example", "5.1.1",
                   "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
                   [E("5.1.1", "550", U)])
    exim("exim-cpanel-nosuchuser-24", "info@bakery-corner.example", "mail.bakery-corner.example", "198.51.100.140",
         "550 No Such User Here", [E("5.0.911", "550", U)])
    exo_lang("exo-fr-notfound-25", "fr", "contact@cabinet-leroy.example", "5.1.10",
             "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient contact@cabinet-leroy.example not found by "
             "SMTP address lookup", [E("5.1.10", "550", U)], "Facture FA-2026-0311", enc="base64")
    blindmta.sendmail("sendmail-userunknown-26", "jdoe@oldmail.university.example", "mx.oldmail.university.example",
                      "198.51.100.200", "550 5.1.1 <jdoe@oldmail.university.example>... User unknown",
                      [E("5.1.1", "550", U)])
    pf("pf-yahoo-mailboxnotfound-27", "rgarcia2003@aol.com", AOL, "67.195.204.73",
       "552 1 Requested mail action aborted, mailbox not found", [E("5.0.0", "552", U)])

    # -- multi-recipient reports -----------------------------------------------
    pf_multi("pf-multi-newsletter-28", "mail.example.com", [
        ("ben.carter.uk@gmail.com", GM, GMIP,
         gm("550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking "
            "the recipient's email address for typos or unnecessary spaces. For more information, go to "
            "https://support.google.com/mail/?p=NoSuchUser", 28), "RCPT TO"),
        ("ines.moreau@hotmail.fr", HOTMAIL, "52.101.68.4",
         "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
         "[DB1PEPF000509E8.eurprd03.prod.outlook.com 2026-02-16T07:12:44.120Z 08DE4D0A6B21C3E4]", "RCPT TO"),
        ("pkowalski@gmail.com", GM, GMIP,
         gm("552", "5.2.2", "The recipient's inbox is out of storage space and inaccessible. Please direct the "
            "recipient to https://support.google.com/mail/?p=OverQuotaPerm", 29), "RCPT TO"),
    ], [E("5.1.1", "550", U), E("5.5.0", "550", U), E("5.2.2", "552", "mailboxfull")])
    exo_multi("exo-multi-29", [
        ("w.jansen@partner-logistik.example", "5.1.10",
         "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient w.jansen@partner-logistik.example not found by "
         "SMTP address lookup", None),
        ("board@partner-logistik.example", "5.2.2",
         "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
         "Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open "
         "mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=board.", None),
    ], [E("5.1.10", "550", U), E("5.2.2", "554", "mailboxfull")])

    # -- mailboxfull ------------------------------------------------------------
    M = "mailboxfull"
    pf("pf-gmail-overquota-30", "olga.s.translations@gmail.com", GM, GMIP,
       gm("552", "5.2.2", "The recipient's inbox is out of storage space and inaccessible. Please direct the "
          "recipient to https://support.google.com/mail/?p=OverQuotaPerm", 30), [E("5.2.2", "552", M)])
    exo("exo-quota-31", "f.meyer@stadtwerke-kunde.example", "5.2.2",
        "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
        "Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox "
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a41c2f. 16.55847:A4010000, "
        "17.43559:0000000094000000000000000000000000000000 [EndDiagnosticData]", [E("5.2.2", "554", M)],
        why="The recipient's mailbox is full and can't accept messages now. Please try resending this message later, "
            "or contact the recipient directly.")
    pf("pf-icloud-full-32", "noah.b@me.com", ICLOUD, "17.57.155.7",
       "552 5.2.2 <noah.b@me.com>: user is over quota", [E("5.2.2", "552", M)])
    pf("pf-gmx-storage-33", "helga.p@gmx.net", GMX, "212.227.17.4",
       "552 Requested mail action aborted: exceeded storage allocation", [E("5.0.0", "552", M)])
    pf("pf-orange-full-34", "j.petit77@orange.fr", ORANGE, "80.12.24.83",
       "552 5.2.2 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", [E("5.2.2", "552", M)])
    exim_local("exim-local-full-35", "sales@shop.example.com",
               ["mailbox is full: retry timeout exceeded"], [E("4.0.922", "", M)])
    ses_json("ses-json-mailboxfull-36", ses_bounce("Transient", "MailboxFull", [
        ("r.haddad@yahoo.com", "5.2.2", "smtp; 552 5.2.2 Mailbox full")], 36), [E("5.2.2", "552", M)])
    pf("pf-comcast-full-delay-37", "sue.whitaker@comcast.net", COMCAST, "96.114.157.81",
       "452 4.2.2 <sue.whitaker@comcast.net> Mailbox full", [E("4.2.2", "452", M)], delay=True)
    gws("gws-quota-38", "y.tanaka@outlook.jp",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
        "Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox "
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=c03f. [EndDiagnosticData] "
        "[Hostname=TYCPR01MB8123.jpnprd01.prod.outlook.com]", "5.2.2", [E("5.2.2", "554", M)],
        remote=("outlook-jp.olc.protection.outlook.com", "52.101.154.8"))

    # -- sender authentication ----------------------------------------------------
    A = "authfailure"
    pf("pf-gmail-dmarc-39", "harper.lewis@gmail.com", GM, GMIP,
       gm("550", "5.7.26", "Unauthenticated email from news.example.com is not accepted due to domain's DMARC "
          "policy. Please contact the administrator of news.example.com domain if this was a legitimate mail. To "
          "learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection", 39),
       [E("5.7.26", "550", A)], cmd="end of DATA")
    pf("pf-gmail-unauth-40", "emre.yilmaz.tr@gmail.com", GM, GMIP,
       ["550-5.7.26 Your email has been blocked because the sender is unauthenticated.",
        "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.",
        "550-5.7.26", "550-5.7.26  Authentication results:", "550-5.7.26  DKIM = did not pass",
        "550-5.7.26  SPF [app.example.com] with ip: [203.0.113.44] = did not pass", "550-5.7.26",
        "550-5.7.26  For instructions on setting up authentication, go to",
        "550 5.7.26  https://support.google.com/mail/answer/81126#authentication " + gsig(40)],
       [E("5.7.26", "550", A)], cmd="end of DATA")
    pf("pf-yahoo-unauth-41", "kbennett_77@yahoo.com", YAHOO, "98.136.96.75",
       "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to "
       "authenticate with either SPF or DKIM.", [E("5.7.9", "550", A)], cmd="end of DATA")
    exo("exo-dmarc-42", "purchasing@wingtip-partner.example", "5.7.509",
        "smtp;550 5.7.509 Access denied, sending domain EXAMPLE.COM does not pass DMARC verification and has a DMARC "
        "policy of reject. [SN1PEPF0002636B.namprd02.prod.outlook.com 2026-02-18T10:22:31.441Z 08DE4F8E2C1A9B77] "
        "[BN0PR03CA0012.namprd03.prod.outlook.com 2026-02-18T10:22:31.435Z 08DE4F7B1A8C2D11]",
        [E("5.7.509", "550", A)], remote="wingtippartner-example.mail.protection.outlook.com")
    pf("pf-outlookcom-authlevel-43", "mike.danvers@outlook.com", "outlook-com.olc.protection.outlook.com",
       "52.101.42.16",
       "550 5.7.515 Access denied, sending domain [NEWS.EXAMPLE.COM] doesn't meet the required authentication level. "
       "The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the "
       "sender. To learn more about email authentication requirements, visit https://aka.ms/SenderRequirements "
       "[BL02EPF0001A0FC.namprd21.prod.outlook.com 2026-02-20T16:31:07.112Z 08DE4E3E51F2A0B9]",
       [E("5.7.515", "550", A)], cmd="end of DATA")
    gws("gws-dmarc-remote-44", "ap@meridian-supplies.example",
        "550 5.7.1 Email rejected per DMARC policy for ops.example.com", "5.7.1",
        [E("5.7.1", "550", A)], head="blocked", remote=("mx1.meridian-supplies.example", "198.51.100.88"))

    # -- block lists and reputation ------------------------------------------------
    B = "blocked"
    pf("pf-outlookcom-s3140-45", "d.riley@outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.42.17",
       "550 5.7.1 Unfortunately, messages from [203.0.113.44] weren't sent. Please contact your Internet service "
       "provider since part of their network is on our block list (S3140). You can also refer your provider to "
       "http://mail.live.com/mail/troubleshooting.aspx#errors. [SA2PEPF00003F66.namprd04.prod.outlook.com "
       "2026-02-05T11:03:27.319Z 08DE45B66C0A1D2E]", [E("5.7.1", "550", B)], cmd="MAIL FROM")
    pf("pf-outlookcom-ipreputation-46", "g.moretti@live.it", "eur.olc.protection.outlook.com", "52.101.73.5",
       "451 4.7.650 The mail server [203.0.113.44] has been temporarily rate limited due to IP reputation. For "
       "e-mail delivery information, see https://postmaster.live.com (S775) "
       "[AMS0EPF000001A3.eurprd05.prod.outlook.com 2026-02-05T09:48:12.002Z 08DE45ABB8C1E903]",
       [E("4.7.650", "451", "badreputation")], cmd="MAIL FROM", delay=True)
    pf("pf-gmail-lowrep-47", "ivan.petrenko.ua@gmail.com", GM, GMIP,
       gm("550", "5.7.1", "This message is suspicious due to the very low reputation of the sending IP address. "
          "To protect our users from spam, mail sent from your IP address has been blocked. To review our bulk "
          "email senders guidelines, go to https://support.google.com/mail/?p=UnsolicitedIPError", 47),
       [E("5.7.1", "550", "badreputation")], cmd="end of DATA")
    pf("pf-gmx-blacklisted-48", "m.schulz@gmx.de", GMX, "212.227.17.5",
       ["554-gmx.net (mxgmx117) Nemesis ESMTP Service not available", "554-No SMTP service",
        "554-IP address is black listed.",
        "554 For explanation visit https://www.gmx.net/mail/senderguidelines?ip=203.0.113.44&c=bl"],
       [E("5.0.0", "554", B)], greet=True)
    pf("pf-webde-rdns-49", "annika.f@web.de", WEBDE, "212.227.15.9",
       ["554-web.de (mxweb012) Nemesis ESMTP Service not available", "554-No SMTP service",
        "554-Bad DNS PTR resource record.",
        "554 For explanation visit https://web.de/email/senderguidelines?ip=198.51.100.231&c=rdns"],
       [E("5.0.0", "554", "requireptr")], greet=True, host="relay-backup.example.com")
    pf("pf-comcast-dnsbl-50", "gary.nolan@comcast.net", COMCAST, "96.114.157.80",
       "554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 203.0.113.44 found on one or more "
       "DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
       [E("5.0.0", "554", B)], greet=True)
    pf("pf-icloud-proofpoint-51", "lea.k@icloud.com", ICLOUD, "17.57.154.33",
       "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=203.0.113.44",
       [E("5.7.0", "550", B)], cmd="MAIL FROM")
    pf("pf-yahoo-tss04-52", "dot.hammond@yahoo.co.uk", "mta7.am0.yahoodns.net", "67.195.228.94",
       "421 4.7.0 [TSS04] Messages from 203.0.113.44 temporarily deferred due to unexpected volume or user "
       "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
       [E("4.7.0", "421", "rejected")], cmd="MAIL FROM", delay=True)
    pf("pf-orange-ofr103-delay-53", "famille.girard@wanadoo.fr", ORANGE, "80.12.24.86",
       "421 mwinf5c21 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. "
       "OFR006_103 [103]", [E("4.0.0", "421", B)], greet=True, delay=True)
    exo("exo-banned-ip-54", "team@smallbiz-client.example", "5.7.606",
        "smtp;550 5.7.606 Access denied, banned sending IP [198.51.100.231]. To request removal from this list please "
        "visit https://sender.office.com/ and follow the directions. For more information please go to "
        "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [CY4PEPF0000E9D1.namprd05.prod.outlook.com "
        "2026-02-23T08:11:41.557Z 08DE530C4F1A2B3D]", [E("5.7.606", "550", B)],
        remote="smallbizclient-example.mail.protection.outlook.com")
    pf("pf-spamhaus-55", "office@tischlerei-kunde.example", "mail.tischlerei-kunde.example", "198.51.100.97",
       "554 5.7.1 Service unavailable; Client host [203.0.113.44] blocked using zen.spamhaus.org; "
       "https://www.spamhaus.org/query/ip/203.0.113.44", [E("5.7.1", "554", B)])
    sendgrid("sendgrid-outlook-block-56", "t.berg@hotmail.com",
             "550 5.7.1 Unfortunately, messages from [149.72.33.102] weren't sent. Please contact your Internet "
             "service provider since part of their network is on our block list (S3150). You can also refer your "
             "provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", "5.7.1", [E("5.7.1", "550", B)])

    # -- spam verdicts ---------------------------------------------------------------
    S = "spamdetected"
    pf("pf-gmail-unsolicited-57", "felix.braun.music@gmail.com", GM, GMIP,
       gm("550", "5.7.1", "Our system has detected that this message is likely unsolicited mail. To reduce the "
          "amount of spam sent to Gmail, this message has been blocked. For more information, go to "
          "https://support.google.com/mail/?p=UnsolicitedMessageError", 57), [E("5.7.1", "550", S)],
       cmd="end of DATA")
    pf("pf-163-dtspm-58", "liu.yang2012@163.com", N163, "220.181.15.114",
       "554 DT:SPM 163 mx32,NeRpCgDHi0Cv8ohpZ1zkAA--.41077S2 1770368432, please see "
       "http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.44&hostid=mx32&time=1770368432",
       [E("5.0.0", "554", S)], cmd="end of DATA")
    pf("pf-qq-content-59", "3141592653@qq.com", QQ, "183.47.101.193",
       "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
       [E("5.0.0", "550", S)], cmd="end of DATA")

    # -- rate limits ---------------------------------------------------------------------
    pf("pf-gmail-toofast-60", "support.desk@vendor-tools.example", "aspmx.l.google.com", "74.125.206.26",
       gm("450", "4.2.1", "The user you are trying to contact is receiving mail too quickly. Please resend your "
          "message at a later date. If the user is able to receive mail at that time, your message will be "
          "delivered. For more information, go to https://support.google.com/mail/?p=ReceivingRate", 60),
       [E("4.2.1", "450", "speeding")], delay=True)
    pf("pf-gmail-rate-dkim-61", "noel.fischer@gmail.com", GM, GMIP,
       gm("421", "4.7.28", "Gmail has detected an unusual rate of unsolicited mail originating from your DKIM "
          "domain [news.example.com      12]. To protect our users from spam, mail sent from your domain has been "
          "temporarily rate limited. For more information, go to "
          "https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders "
          "Guidelines.", 61), [E("4.7.28", "421", "blocked")], cmd="end of DATA", delay=True)
    exim("exim-qq-ipfreq-62", "8812345@qq.com", "mx2.qq.com", "183.3.255.59",
         "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1000725&&id=20022",
         [E("5.0.945", "550", "toomanyconn")], cmd="RCPT TO")
    pf("pf-orange-toomanyconn-63", "b.lambert@orange.fr", ORANGE, "80.12.24.81",
       "421 mwinf5c17 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow "
       "down. OFR005_104 [104]", [E("4.0.0", "421", "toomanyconn")], greet=True, delay=True)
    exo("exo-recipient-limit-64", "all-hands@example.com", "5.1.90",
        "smtp;550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients. "
        "[AM6PR04MB5639.eurprd04.prod.outlook.com 2026-02-24T17:50:02.004Z 08DE53B8D2C9E4F1]",
        [E("5.1.90", "550", "speeding")],
        why="Your message couldn't be delivered because you've exceeded your daily limit for message recipients.")

    # -- expired retries and delays -------------------------------------------------------
    X = "expired"
    pf_conn("pf-expired-timeout-65", "info@closed-shop.example",
            "delivery temporarily suspended: connect to mail.closed-shop.example[198.51.100.12]:25: Connection "
            "timed out", "4.4.1", [E("4.4.1", "", X)], action="failed")
    pf_conn("pf-delay-refused-66", "kontakt@praxis-weber.example",
            "connect to mx.praxis-weber.example[198.51.100.58]:25: Connection refused", "4.4.1",
            [E("4.4.1", "", X)], delay=True)
    exo("exo-queue-expired-67", "orders@distributor-asia.example", "4.4.7",
        "smtp;550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Error communicating with target host. -> "
        "421 4.4.2 Connection dropped due to SocketError] [LastAttemptedServerName=mx.distributor-asia.example] "
        "[LastAttemptedServerIP=198.51.100.177:25] [DB8EUR05FT062.eop-eur05.prod.protection.outlook.com "
        "2026-02-21T06:12:00.312Z 08DE4FA1B2C3D4E5]", [E("4.4.7", "421", X)],
        why="The recipient's email system couldn't be reached for a long time.")
    gws("gws-delay-73", "accounting@remote-office.example",
        "The recipient server did not accept our requests to connect. Learn more at "
        "https://support.google.com/mail/answer/7720 [mx.remote-office.example. 198.51.100.203: timed out]",
        "4.4.1", [E("4.4.1", "", X)], head="delay")
    exim_local("exim-retry-timeout-68", "orders@defunct-retailer.example",
               ["all hosts for 'defunct-retailer.example' have been failing for a long time (and retry time not "
                "reached)"], [E("5.0.947", "", X)])

    # -- size ---------------------------------------------------------------------------------
    pf("pf-gmail-size-69", "architect.lee@gmail.com", GM, GMIP,
       gm("552", "5.3.4", "Your message exceeded Google's message size limits. Please visit "
          "https://support.google.com/mail/?p=MaxSizeError to view our size guidelines.", 69),
       [E("5.3.4", "552", "mesgtoobig")], cmd="end of DATA")
    exo("exo-recipsize-70", "plans@builder-partner.example", "5.2.3",
        "smtp;550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
        [E("5.2.3", "550", "mesgtoobig")],
        why="Your message is too big to be delivered to this recipient.")
    exim("exim-size-71", "drawings@engineering-client.example", "mx.engineering-client.example", "198.51.100.61",
         "552 Message size exceeds maximum permitted", [E("5.0.901", "552", "mesgtoobig")], cmd="MAIL FROM")

    # -- policy, sender, relaying, domains -------------------------------------------------------
    pf("pf-yahoo-policy-72", "p.oconnor@yahoo.com", YAHOO, "98.136.96.74",
       "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
       [E("5.7.9", "554", "policyviolation")], cmd="end of DATA")
    pf("pf-icloud-cs01-74", "sam.ortiz@icloud.com", ICLOUD, "17.57.155.23",
       "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
       [E("5.7.1", "554", "policyviolation")], cmd="end of DATA")
    pf("pf-mailgun-relay-75", "customer.service@retail-client.example", "smtp.eu.mailgun.org", "185.250.239.5",
       "550 5.7.1 Relaying denied", [E("5.7.1", "550", "norelaying")], host="app.example.com")
    pf("pf-postmark-signature-76", "j.smith@client-portal.example", "smtp.postmarkapp.com", "50.31.156.6",
       "550 5.7.1 Sender signature not defined for From address 'no-reply@portal.example.com'. Please add a Sender "
       "Signature or verify the sending domain.", [E("5.7.1", "550", "securityerror")], host="app.example.com",
       cmd="MAIL FROM")
    pf("pf-senderdomain-77", "office@kanzlei-partner.example", "mail.kanzlei-partner.example", "198.51.100.150",
       "553 5.1.8 <bounce@news-old.example.com>: Sender address rejected: Domain not found",
       [E("5.1.8", "553", "rejected")], cmd="MAIL FROM")
    pf_conn("pf-nxdomain-78", "rachel.green@gmial.com",
            "Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found",
            "5.4.4", [E("5.4.4", "", "hostunknown")])
    gws("gws-nxdomain-79", "p.meier@hotmial.de",
        "DNS Error: DNS type 'mx' lookup of hotmial.de responded with code NXDOMAIN Domain name not found: "
        "hotmial.de Learn more at https://support.google.com/mail/?p=BadRcptDomain", "5.1.2",
        [E("5.1.2", "", "hostunknown")], head="domain")
    pf_conn("pf-nullmx-80", "sales@parked-domain.example",
            "Domain parked-domain.example does not accept mail (nullMX)", "5.1.10",
            [E("5.1.10", "", "notaccept")])
    pf("pf-gmail-disabled-81", "old.account.2011@gmail.com", GM, GMIP,
       gm("550", "5.2.1", "The email account that you tried to reach is inactive. For more information, go to "
          "https://support.google.com/mail/?p=DisabledUser", 81), [E("5.2.1", "550", "suspend")])
    pf("pf-yahoo-disabled-82", "bigmike_1972@yahoo.com", YAHOO, "67.195.204.72",
       "554 delivery error: dd Sorry, your message to bigmike_1972@yahoo.com cannot be delivered. This mailbox is "
       "disabled (554.30). - mta4002.mail.gq1.yahoo.com", [E("5.0.0", "554", "suspend")], cmd="end of DATA")

    # -- auto-replies (out of office) ---------------------------------------------------------
    V = [E("", "", "vacation")]
    autoreply("auto-exchange-en-83", "Priya Raman <p.raman@northwind-client.example>",
              "Automatic reply: Invoice INV-2026-0412",
              "Thank you for your email. I am out of the office until Monday 16 February with limited access to "
              "email. For urgent matters please contact accounts@northwind-client.example.\n\nBest regards,\nPriya\n",
              ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: en-GB",
               "Thread-Topic: Invoice INV-2026-0412", "X-MS-Exchange-Organization-AutoResponseType: OOF"], V,
              html="<html><body><p>Thank you for your email. I am out of the office until Monday 16 February.</p>"
                   "</body></html>", cs="us-ascii")
    autoreply("auto-exchange-de-84", "Stefan Krüger <s.krueger@stahlbau-kunde.example>".replace("ü", "ue"),
              mimeword("Automatische Antwort: Lieferung KW 8", "iso-8859-1", "Q"),
              "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.02.2026 nicht im Büro und habe "
              "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
              "vertrieb@stahlbau-kunde.example.\n\nMit freundlichen Grüßen\nStefan Krüger\n",
              ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: de-DE"], V,
              cs="iso-8859-1", enc="qp", to="s.keller@example.com")
    autoreply("auto-outlook-fr-85", "Camille Rousseau <c.rousseau@agence-client.example>",
              mimewords("Réponse automatique : Proposition commerciale février", "utf-8", "Q"),
              "Bonjour,\n\nJe suis absente du bureau jusqu'au 23 février inclus. Pour toute demande urgente, "
              "merci de contacter contact@agence-client.example.\n\nCordialement,\nCamille\n",
              ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: fr-FR"], V,
              cs="utf-8", enc="base64", html="<html><body><p>Je suis absente du bureau jusqu'au 23 f&eacute;vrier "
                                              "inclus.</p></body></html>")
    autoreply("auto-gmail-responder-86", "Diego Alvarez <diego.alvarez.mx@gmail.com>",
              "Re: February newsletter: what's new",
              "Hola, estoy de vacaciones hasta el 2 de marzo. Responderé a tu correo a mi regreso.\n\n"
              "Hi, I'm on vacation until March 2nd and will reply when I'm back.\n\nDiego\n",
              ["Auto-Submitted: auto-replied"], V, cs="UTF-8", enc="qp", to="newsletter@news.example.com",
              html="<div dir=\"ltr\">Hola, estoy de vacaciones hasta el 2 de marzo.</div>")
    autoreply("auto-yahoo-87", "Brenda Walsh <brenda_walsh@yahoo.com>", "Auto Response",
              "I'm away from my email until February 27. I'll get back to you when I return.\n",
              ["X-Autoreply: yes", "Auto-Submitted: auto-replied"], V, cs="UTF-8", enc="7bit",
              to="newsletter@news.example.com")
    autoreply("auto-icloud-88", "Tom Becker <tom.becker@me.com>", "Re: Your order #51291 has shipped",
              "Thanks for your message. I'm travelling until 1 March and will answer after that.\n",
              ["Auto-Submitted: auto-replied", "X-Apple-Action: vacation"], V, cs="us-ascii", enc="7bit",
              to="orders@shop.example.com")
    autoreply("auto-zimbra-es-89", "Lucía Fernández <l.fernandez@universidad-cliente.example>",
              mimeword("Respuesta automática: Re: Presupuesto 2026", "UTF-8", "B"),
              "Estaré fuera de la oficina hasta el lunes 9 de febrero. Durante mi ausencia, puede escribir a "
              "secretaria@universidad-cliente.example.\n",
              ["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"], V, cs="utf-8", enc="base64",
              to="j.moreau@example.com")
    autoreply("auto-exchange-ja-90", "Sato Hiroshi <h.sato@kaisha-partner.example>",
              mimeword("自動応答: 2月の請求書について", "iso-2022-jp", "B").replace("=?iso-2022-jp?", "=?ISO-2022-JP?"),
              "誠に恐れ入りますが、2月11日から2月15日まで不在にしております。\n急ぎのご用件は info@kaisha-partner.example までご連絡ください。\n",
              ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: ja-JP"], V,
              cs="iso-2022-jp", enc="jis", to="billing@example.com")

    # -- complaints (ARF) -------------------------------------------------------------------------
    F = [E("", "", "feedback")]
    arf("arf-yahoo-91", "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>", "fbl@news.example.com",
        "FW: February newsletter: what's new", "abuse", "Yahoo!-Mail-Feedback/2.0", "203.0.113.44",
        "anon@yahoo.com", "This is an email abuse report for an email message received from IP 203.0.113.44 on "
        "%s.\nFor more information about this format please see http://www.mipassoc.org/arf/." % date(91), F,
        extra_fields=["Reported-Domain: news.example.com", "Authentication-Results: mta1053.mail.bf1.yahoo.com; "
                      "dkim=pass header.i=@news.example.com header.s=s2025"])
    arf("arf-jmrp-92", "staff@hotmail.com", "fbl@news.example.com", "complaint about message from 203.0.113.44",
        "abuse", "Microsoft JMRP/1.0", "203.0.113.44", "redacted@hotmail.com",
        "This is an email abuse report for an email message received from IP 203.0.113.44 on %s.\n"
        "For more information about this format please see https://sendersupport.olc.protection.outlook.com/." %
        date(92), F, extra_fields=["Removal-Recipient: redacted@hotmail.com"])
    arf("arf-comcast-93", "Comcast Feedback Loop <feedback@fbl.comcast.net>", "fbl@news.example.com",
        "Email Feedback Report for IP 203.0.113.44", "abuse", "Validity FBL 1.0", "203.0.113.44",
        "dmcallister@comcast.net", "This is an email abuse report for an email message received from IP 203.0.113.44 "
        "on %s.\n" % date(93), F, extra_fields=["Reported-Domain: news.example.com"])

    # -- success notifications ----------------------------------------------------------------------
    delivered_postfix("dsn-postfix-delivered-94", "legal@lawfirm-partner.example", "mx.lawfirm-partner.example",
                      "250 2.0.0 Ok: queued as 4dXk2M0BzRz9sWq")
    delivered_exchange("dsn-exchange-delivered-95", "ceo@acquisition-target.example")


def delivered_postfix(name, rcpt, rhost, reply):
    """Postfix's Successful Mail Delivery Report (NOTIFY=SUCCESS, relayed)."""
    i = nth()
    m, snd = blindmta.mime_for(i)
    host = "mail.example.com"
    q = qid(i)
    text = ("This is the mail system at host %s.\n\nYour message was successfully delivered to the destination(s)\n"
            "listed below. If the message was delivered to mailbox you will receive no\nfurther notifications. "
            "Otherwise you may still receive notifications of mail\ndelivery errors from other systems.\n\n"
            "                   The mail system\n\n<%s>: delivery via %s[198.51.100.30]:25: %s\n") % (
        host, rcpt, rhost, reply)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, q, snd, date(i, 3))
    r = rec(rcpt, "relayed", "2.0.0", reply, rhost)
    h = hdrs("MAILER-DAEMON@%s (Mail Delivery System)" % host, "Successful Mail Delivery Report", date(i),
             "%s@%s" % (q, host), to=snd, extra=["Auto-Submitted: auto-replied"])
    parts = [m.part("text/plain", text, extra=["Content-Description: Notification"]),
             dsn(per, [r], desc="Delivery report"),
             m.returned(rcpt, "Signed contract (please confirm receipt)", date(i, 2), "%s@example.com" % q.lower(),
                        "headers", desc="Message Headers")]
    body = m.multipart("report", parts, "%s.%d/%s" % (q, 1770000000 + i, host), params=" report-type=delivery-status;")
    add(name, "Postfix", "\n".join(h) + "\n" + body, [E("2.0.0", "250", "delivered")])


def delivered_exchange(name, rcpt):
    """Exchange Online's "Delivered:" notice (a delivery receipt asked for)."""
    i = nth()
    m, snd = blindmta.mime_for(i)
    gen = "DU2PR04MB8822.eurprd04.prod.outlook.com"
    text = ("Your message has been delivered to the following recipients:\n\n%s (%s)\n\n"
            "Subject: Letter of intent\n") % (rcpt.split("@")[0].upper(), rcpt)
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (gen, gen, date(i, 4))
    r = rec(rcpt, "delivered", "2.0.0", None, None)
    h = hdrs("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>",
             "Delivered: Letter of intent", date(i), "%s@%s" % (qid(i).lower(), gen.lower()), to=snd,
             extra=["Content-Language: en-US", "Auto-Submitted: auto-replied"])
    html = "<html><body><p>Your message has been delivered to the following recipients:</p></body></html>"
    alt = m.multipart("alternative", [m.part("text/plain", text, "qp", "us-ascii"),
                                      m.part("text/html", html, "qp", "us-ascii")], "alt%s" % qid(i), preamble="")
    parts = [alt, dsn(per, [r]), m.returned(rcpt, "Letter of intent", date(i, 4), "%s@example.com" % qid(i).lower(),
                                            "headers")]
    body = m.multipart("report", parts, "_000_%s_" % qid(i), params=" report-type=delivery-status;")
    add(name, "Exchange", "\n".join(h) + "\n" + body, [E("2.0.0", "", "delivered")])


if __name__ == "__main__":
    build()
    write_set(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)), SETS)
