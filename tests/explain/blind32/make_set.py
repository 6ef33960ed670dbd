#!/usr/bin/env python3
"""make_set.py: writes blind32 (emails/*.eml and labels.jsonl): bounces
from transactional sending platforms and relays as the sender receives
them: Amazon SES's email notifications (the SNS JSON in a mail, its DSNs,
its forwarded complaints), SendGrid's forwarded bounces, the relays'
own refusals reported by the sender's MTA (Mailgun, Postmark, SparkPost,
Mandrill, Brevo, ZeptoMail, Alibaba Cloud DirectMail, Tencent Cloud SES,
Google Workspace's SMTP relay, Microsoft 365 connectors), the platforms'
DSNs of remote replies and of their suppression lists, delays and
feedback-loop complaints (ARF).  The MTA builders are blindmta.py's
(one-line forms); the platform forms are this file's.  Deterministic.
Usage: make_set.py [OUTDIR]."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import E, dsn, hdrs, raw, rec, write_set  # noqa: E402
from blindmta import SETS, SUBJECTS, add, date, exim, exo, mime_for, nth, pf, qid  # noqa: E402

SES_RMTA = "dsn; a8-30.smtp-out.amazonses.com"


# --------------------------------------------------------------------------
# Amazon SES: the SNS notification delivered to an email subscription
# (From: AWS Notifications, the JSON as the body), with the message's
# "mail" object
# --------------------------------------------------------------------------

def ses_mail(i, snd, rcpts):
    return {"timestamp": "2025-11-%02dT10:%02d:11.000Z" % (1 + i % 27, i % 60), "source": snd,
            "sourceArn": "arn:aws:ses:us-east-1:123456789012:identity/%s" % snd.split("@")[1],
            "sourceIp": "192.0.2.%d" % (10 + i), "callerIdentity": "ses-smtp-user.20251101-0930%02d" % i,
            "sendingAccountId": "123456789012",
            "messageId": "0100019%s-%s-000000" % (qid(i).lower(), qid(i + 1).lower()[:8]),
            "destination": rcpts, "headersTruncated": False,
            "commonHeaders": {"from": [snd], "to": rcpts, "subject": SUBJECTS[i % 10]}}


def ses_json(name, kind, rcpts, exp, sub=None, btype=None, diags=(), delay=None, ftype=None, agent=None,
             region="us-east-1"):
    """kind Bounce (rcpts with diags: (status, diagnosticCode) each),
    Complaint, DeliveryDelay (delay: its delayType) or Delivery."""
    i = nth()
    _, snd = mime_for(i)
    ts = "2025-11-%02dT10:%02d:14.512Z" % (1 + i % 27, i % 60)
    fid = "0100019%s-%s-%s-000000" % (qid(i + 2).lower(), qid(i + 3).lower()[:4], qid(i + 4).lower()[:6])
    n = {"notificationType": kind}
    if kind == "Bounce":
        n["bounce"] = {"feedbackId": fid, "bounceType": btype, "bounceSubType": sub,
                       "bouncedRecipients": [dict({"emailAddress": r, "action": "failed", "status": s},
                                                  **({"diagnosticCode": d} if d else {}))
                                             for r, (s, d) in zip(rcpts, diags)],
                       "timestamp": ts, "remoteMtaIp": "198.51.100.%d" % (20 + i),
                       "reportingMTA": SES_RMTA}
    elif kind == "Complaint":
        c = {"feedbackId": fid, "complainedRecipients": [{"emailAddress": r} for r in rcpts], "timestamp": ts,
             "arrivalDate": ts}
        if ftype:
            c["complaintFeedbackType"] = ftype
        if agent:
            c["userAgent"] = agent
        c["complaintSubType"] = None
        n["complaint"] = c
    elif kind == "DeliveryDelay":
        n["deliveryDelay"] = {"timestamp": ts, "delayType": delay,
                              "expirationTime": "2025-11-%02dT22:%02d:14.512Z" % (1 + i % 27, i % 60),
                              "delayedRecipients": [{"emailAddress": r, "status": s, "diagnosticCode": d}
                                                    for r, (s, d) in zip(rcpts, diags)],
                              "reportingMTA": "a8-30.smtp-out.amazonses.com"}
    else:
        n["delivery"] = {"timestamp": ts, "processingTimeMillis": 812, "recipients": rcpts,
                         "smtpResponse": diags[0][1], "remoteMtaIp": "198.51.100.%d" % (20 + i),
                         "reportingMTA": "a8-30.smtp-out.amazonses.com"}
    n["mail"] = ses_mail(i, snd, rcpts)
    msg = json.dumps({"Type": "Notification", "MessageId": "%s-%s-5e0b-9c1d-%s" % (
        qid(i).lower()[:8], qid(i + 1).lower()[:4], qid(i + 5).lower()),
        "TopicArn": "arn:aws:sns:%s:123456789012:ses-%s" % (region, kind.lower()),
        "Message": json.dumps(n), "Timestamp": ts, "SignatureVersion": "1",
        "Signature": "EXAMPLEpH+%sZ2dq0=" % qid(i),
        "SigningCertURL": "https://sns.%s.amazonaws.com/SimpleNotificationService-example.pem" % region,
        "UnsubscribeURL": "https://sns.%s.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:%s:"
                          "123456789012:ses-%s:%s" % (region, region, kind.lower(), qid(i + 6).lower())},
        indent=2) if i % 2 else json.dumps(n)
    # Odd items: the SNS envelope (raw message delivery off); even: the raw SES JSON.
    h = hdrs("AWS Notifications <no-reply@sns.amazonaws.com>", "AWS Notification Message", date(i),
             "0100019%s-%s@email.amazonses.com" % (qid(i).lower(), qid(i + 7).lower()), to=snd,
             extra=["x-amz-sns-message-id: %s" % qid(i + 8).lower(), "Content-Type: text/plain; charset=UTF-8",
                    "Content-Transfer-Encoding: 7bit"], rp="<0100019%s@amazonses.com>" % qid(i).lower())
    tail = ("\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link "
            "below to unsubscribe:\nhttps://sns.%s.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:%s:"
            "123456789012:ses-%s\n\nPlease do not reply directly to this email.\n") % (region, region, kind.lower())
    add(name, "AmazonSES", "\n".join(h) + "\n\n" + msg + tail, exp)


# --------------------------------------------------------------------------
# An RFC 3464 DSN from a platform's own MTA (SES's MAILER-DAEMON, Momentum
# at SparkPost, Mandrill, Brevo, ZeptoMail, DirectMail, Tencent Cloud)
# --------------------------------------------------------------------------

def platform_dsn(name, engine, frm, rmta, text, rcpt, status, diag, exp, remote=None, action="failed", subj=None,
                 kind="headers", dtype="smtp"):
    i = nth()
    m, snd = mime_for(i)
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (rmta, date(i, 6))
    r = rec(rcpt, action, status, diag, remote, dtype=dtype, last=date(i, 7),
            extra=["Will-Retry-Until: %s" % date(i + 3, 7)] if action == "delayed" else [])
    subj = subj or ("Delivery Status Notification (Delay)" if action == "delayed" else
                    "Delivery Status Notification (Failure)")
    h = hdrs(frm, subj, date(i), "%s.%d@%s" % (qid(i).lower(), i, rmta), to=snd,
             extra=["Auto-Submitted: auto-replied"])
    parts = [m.part("text/plain", text % {"rcpt": rcpt, "diag": diag}), dsn(per, [r]),
             m.returned(rcpt, SUBJECTS[i % 10], date(i, 5), "%s@%s" % (qid(i + 1).lower(), snd.split("@")[1]), kind)]
    body = m.multipart("report", parts, "=_%s_%d" % (qid(i), i), params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp)


SES_TEXT = ("An error occurred while trying to deliver the mail to the following recipients:\n%(rcpt)s\n")
SES_FRM = "MAILER-DAEMON@amazonses.com"
SP_TEXT = ("This is the mail delivery agent at messagesystems.com.\n\n"
           "I was unable to deliver your message to the following addresses:\n\n%(rcpt)s: %(diag)s\n")
GEN_TEXT = ("Your message could not be delivered to the following recipient:\n\n  %(rcpt)s\n\n"
            "Reason: %(diag)s\n")
DELAY_TEXT = ("This is a delivery status notification, not an error. Delivery of your message to\n\n"
              "  %(rcpt)s\n\nhas been delayed. The server will keep trying.\n\nLast error: %(diag)s\n")
ZH_TEXT = ("您好，\n\n很遗憾，您发送的邮件未能投递给以下收件人：\n\n  %(rcpt)s\n\n原因：%(diag)s\n")


# --------------------------------------------------------------------------
# SendGrid's forwarded bounce (Bounce forwarding on): its own text, the
# recipient and the remote reply on one line, a DSN part
# --------------------------------------------------------------------------

def sendgrid(name, rcpt, reply, status, exp, action="failed"):
    i = nth()
    m, snd = mime_for(i)
    text = ("This is an automatically generated message from SendGrid.\n\n"
            "I'm sorry to have to tell you that your message was not able to be\n"
            "delivered to one of its intended recipients.\n\n"
            "If you require assistance with this, please contact SendGrid support.\n\n"
            "%s: %s\n") % (rcpt, reply)
    per = "Reporting-MTA: dns; sendgrid.net\nReceived-From-MTA: dns; %d.sendgrid.net\nArrival-Date: %s" % (
        140 + i, date(i, 2))
    r = rec(rcpt, action, status, reply, None, last=date(i, 3))
    h = hdrs("MAILER-DAEMON <MAILER-DAEMON@sendgrid.net>", "Undelivered Mail Returned to Sender", date(i),
             "%s.%d@ismtpd0%d.sendgrid.net" % (qid(i).lower(), i, i % 9), to=snd,
             rp="<apps@sendgrid.net>", extra=["X-Mailer: MIME-tools 5.502 (Entity 5.502)"])
    parts = [m.part("text/plain", text), dsn(per, [r]),
             m.returned(rcpt, SUBJECTS[i % 10], date(i, 2), "%s@%s" % (qid(i + 2).lower(), snd.split("@")[1]),
                        "message")]
    body = m.multipart("report", parts, "----------=_%d-%d-%d" % (1764300000 + i, 9000 + i, i),
                       params=" report-type=delivery-status;", preamble="This is a multi-part message in MIME format...\n")
    add(name, "SendGrid", "\n".join(h) + "\n" + body, exp)


# --------------------------------------------------------------------------
# A feedback-loop complaint (ARF, RFC 5965), as a platform forwards it
# --------------------------------------------------------------------------

def arf(name, frm, agent, rcpt, exp, ftype="abuse", human=None, subj=None, extra=()):
    i = nth()
    m, snd = mime_for(i)
    human = human or ("This is an email abuse report for an email message received from IP 54.240.%d.%d on %s.\n"
                      "For more information about this format please see http://tools.ietf.org/html/rfc5965.\n") % (
        8 + i % 20, 30 + i, date(i, 9))
    fb = ("Feedback-Type: %s\nUser-Agent: %s\nVersion: 1\nOriginal-Mail-From: <%s>\nOriginal-Rcpt-To: <%s>\n"
          "Arrival-Date: %s\nSource-IP: 54.240.%d.%d\nReported-Domain: %s\n" % (
              ftype, agent, snd, rcpt, date(i, 9), 8 + i % 20, 30 + i, snd.split("@")[1])) + \
        "".join(e + "\n" for e in extra)
    h = hdrs(frm, subj or "Abuse Report", date(i), "%s.%d@%s" % (qid(i).lower(), i, frm.split("@")[1].strip(">")),
             to=snd)
    parts = [m.part("text/plain", human), raw(["Content-Type: message/feedback-report"], fb),
             m.returned(rcpt, SUBJECTS[i % 10], date(i, 8), "%s@%s" % (qid(i + 1).lower(), snd.split("@")[1]),
                        "message")]
    body = m.multipart("report", parts, "----=_Part_%d_%d.%d" % (i, 1000 + i, 1764400000 + i),
                       params=" report-type=feedback-report;")
    add(name, "ARF", "\n".join(h) + "\n" + body, exp)


def P(ip):
    return "203.0.113.%d" % ip


def build():
    # ---- Amazon SES notifications by email (SNS JSON) ----
    ses_json("ses-json-general-01", "Bounce", ["no.one@example.org"], [E("5.1.1", "550", "userunknown")],
             "General", "Permanent", [("5.1.1", "smtp; 550 5.1.1 user unknown")])
    ses_json("ses-json-noemail-02", "Bounce", ["typo@exmaple.net"], [E("5.1.1", "550", "userunknown")],
             "NoEmail", "Permanent",
             [("5.1.1", "smtp; 550 5.1.1 <typo@exmaple.net>: Recipient address rejected: User unknown in virtual "
                        "mailbox table")])
    ses_json("ses-json-suppressed-03", "Bounce", ["gone@example.com"], [E("5.1.1", "", "userunknown")],
             "Suppressed", "Permanent",
             [("5.1.1", "Amazon SES has suppressed sending to this address because it has a recent history of "
                        "bouncing as an invalid address. For more information about how to remove an address from "
                        "the suppression list, see the Amazon SES Developer Guide: "
                        "http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html ")])
    ses_json("ses-json-acctsuppr-04", "Bounce", ["former@example.net"], [E("5.1.1", "", "userunknown")],
             "OnAccountSuppressionList", "Permanent",
             [("5.1.1", "Amazon SES did not send the message to this address because it is on the suppression "
                        "list for your account. For more information about removing addresses from the suppression "
                        "list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/latest/"
                        "DeveloperGuide/sending-email-suppression-list.html")])
    ses_json("ses-json-mailboxfull-05", "Bounce", ["hoarder@example.jp"], [E("5.2.2", "552", "mailboxfull")],
             "MailboxFull", "Transient", [("5.2.2", "smtp; 552 5.2.2 Mailbox full")])
    ses_json("ses-json-toolarge-06", "Bounce", ["small.box@example.org"], [E("5.3.4", "552", "mesgtoobig")],
             "MessageTooLarge", "Transient",
             [("5.3.4", "smtp; 552 5.3.4 Message size exceeds fixed maximum message size")])
    ses_json("ses-json-content-07", "Bounce", ["filtered@example.com"], [E("5.7.1", "554", "spamdetected")],
             "ContentRejected", "Transient",
             [("5.7.1", "smtp; 554 5.7.1 Message rejected because it was identified as spam")])
    ses_json("ses-json-attach-08", "Bounce", ["secure@example.net"], [E("5.7.1", "550", "policyviolation")],
             "AttachmentRejected", "Transient",
             [("5.7.1", "smtp; 550 5.7.1 Message rejected: attachment type .exe is not allowed by the recipient's "
                        "policy")])
    ses_json("ses-json-spamhaus-09", "Bounce", ["office@example.org"], [E("5.7.1", "554", "blocked")],
             "General", "Permanent",
             [("5.7.1", "smtp; 554 5.7.1 Service unavailable; Client host [54.240.8.30] blocked using "
                        "zen.spamhaus.org; https://www.spamhaus.org/query/ip/54.240.8.30")])
    ses_json("ses-json-unauth-10", "Bounce", ["someone@gmail.com"], [E("5.7.26", "550", "authfailure")],
             "General", "Permanent",
             [("5.7.26", "smtp; 550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender "
                         "and Gmail users, and has been blocked. The sender must authenticate with at least one of "
                         "SPF or DKIM. For this message, DKIM checks did not pass and SPF check for [example.com] "
                         "did not pass with ip: [54.240.8.30].")])
    ses_json("ses-json-complaint-11", "Complaint", ["reader@yahoo.com"], [E("", "", "feedback")],
             ftype="abuse", agent="Yahoo!-Mail-Feedback/2.0")
    ses_json("ses-json-complaint-12", "Complaint", ["reader2@hotmail.com"], [E("", "", "feedback")])
    ses_json("ses-json-delay-mbfull-13", "DeliveryDelay", ["busy@example.net"], [E("4.2.2", "452", "mailboxfull")],
             delay="MailboxFull",
             diags=[("4.2.2", "smtp; 452 4.2.2 The email account that you tried to reach is over quota.")])
    ses_json("ses-json-delay-ptr-14", "DeliveryDelay", ["strict@example.com"], [E("4.7.1", "450", "requireptr")],
             delay="IPFailure",
             diags=[("4.7.1", "smtp; 450 4.7.1 Client host rejected: cannot find your reverse hostname, "
                              "[54.240.27.8]")])
    ses_json("ses-json-two-15", "Bounce", ["left.company@example.org", "nobody.here@example.org"],
             [E("5.1.1", "550", "userunknown"), E("5.1.1", "550", "userunknown")], "General", "Permanent",
             [("5.1.1", "smtp; 550 5.1.1 The email account that you tried to reach does not exist."),
              ("5.1.1", "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")])
    ses_json("ses-json-delivery-16", "Delivery", ["happy@example.com"], [E("2.6.0", "250", "delivered")],
             diags=[("2.6.0", "250 2.6.0 <0100019abc@email.amazonses.com> [InternalId=1234, Hostname=EX1.example.com] "
                              "Queued mail for delivery")])
    ses_json("ses-json-disabled-17", "Bounce", ["closed@example.com"], [E("5.2.1", "550", "suspend")],
             "General", "Permanent",
             [("5.2.1", "smtp; 550 5.2.1 The email account that you tried to reach is disabled.")])
    ses_json("ses-json-undetermined-18", "Bounce", ["mystery@example.org"], [E("5.0.0", "", "undefined")],
             "Undetermined", "Undetermined", [("5.0.0", None)])

    # ---- Amazon SES's DSNs (MAILER-DAEMON@amazonses.com) ----
    platform_dsn("ses-dsn-nouser-19", "AmazonSES", SES_FRM, "a27-30.smtp-out.us-west-2.amazonses.com", SES_TEXT,
                 "jdoe@example.org", "5.1.1", "550 5.1.1 Requested action not taken: mailbox unavailable",
                 [E("5.1.1", "550", "userunknown")], remote="mx.example.org")
    platform_dsn("ses-dsn-suppressed-20", "AmazonSES", SES_FRM, "a27-31.smtp-out.us-west-2.amazonses.com", SES_TEXT,
                 "bounced.before@example.net", "5.1.1",
                 "Amazon SES has suppressed sending to this address because it has a recent history of bouncing "
                 "as an invalid address.", [E("5.1.1", "", "userunknown")], dtype="smtp")
    platform_dsn("ses-dsn-expired-21", "AmazonSES", SES_FRM, "a8-50.smtp-out.amazonses.com", SES_TEXT,
                 "far.away@example.com", "5.4.7",
                 "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Unable to connect to the "
                 "remote host>", [E("4.4.7", "421", "expired")])
    platform_dsn("ses-dsn-nodomain-22", "AmazonSES", SES_FRM, "a8-51.smtp-out.amazonses.com", SES_TEXT,
                 "user@no-such-domain.example", "5.4.7",
                 "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for "
                 "no-such-domain.example>", [E("4.4.7", "421", "expired")])
    platform_dsn("ses-dsn-quota-23", "AmazonSES", SES_FRM, "a48-110.smtp-out.amazonses.com", SES_TEXT,
                 "packrat@example.org", "5.2.2", "552 5.2.2 <packrat@example.org>: user is over quota",
                 [E("5.2.2", "552", "mailboxfull")], remote="mail.example.org")

    # ---- complaints forwarded as ARF ----
    arf("ses-arf-yahoo-24", "complaints@email-abuse.amazonses.com", "Yahoo!-Mail-Feedback/2.0",
        "annoyed@yahoo.com", [E("", "", "feedback")])
    arf("ses-arf-outlook-25", "complaints@email-abuse.amazonses.com", "Microsoft Junk Mail Reporting Program",
        "fed.up@outlook.com", [E("", "", "feedback")], subj="complaint about message from 54.240.8.30")
    arf("sparkpost-fbl-aol-26", "fbl@sparkpostmail.com", "AOL SComp", "nope@aol.com", [E("", "", "feedback")],
        extra=["Original-Envelope-Id: 000%d-sp" % 26, "X-MSFBL: eyJyIjoibm9wZUBhb2wuY29tIn0="])
    arf("mailgun-fbl-comcast-27", "Comcast FBL <feedbackloop@comcastfbl.example>", "Comcast FBL/1.0",
        "someuser@comcast.net", [E("", "", "feedback")], subj="Email Feedback Report for IP 198.51.100.77",
        extra=["Removal-Recipient: someuser@comcast.net"])
    arf("brevo-fbl-optout-28", "feedback-loop@brevo.example", "Brevo-FBL/1.0", "optout@example.fr",
        [E("", "", "feedback")], ftype="abuse",
        human="Un destinataire a signalé votre message comme spam (plainte via la boucle de rétroaction).\n")

    # ---- SendGrid's forwarded bounces ----
    sendgrid("sendgrid-nouser-29", "nobody@example.jp", "550 5.1.1 <nobody@example.jp>... User Unknown", "5.1.1",
             [E("5.1.1", "550", "userunknown")])
    sendgrid("sendgrid-gmail-nouser-30", "ghost@gmail.com",
             "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
             "recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser "
             "d2-20020a05620a0d0200b0077f1c3b5a31si1234567qkl.512 - gsmtp", "5.1.1",
             [E("5.1.1", "550", "userunknown")])
    sendgrid("sendgrid-full-31", "stuffed@example.com", "552 5.2.2 Mailbox full", "5.2.2",
             [E("5.2.2", "552", "mailboxfull")])
    sendgrid("sendgrid-spamhaus-32", "guarded@example.org",
             "554 5.7.1 Service unavailable; Client host [167.89.12.34] blocked using zen.spamhaus.org", "5.7.1",
             [E("5.7.1", "554", "blocked")])
    sendgrid("sendgrid-gmail-spam-33", "inbox@gmail.com",
             "550 5.7.1 [167.89.12.34] Our system has detected that this message is likely unsolicited mail. To "
             "reduce the amount of spam sent to Gmail, this message has been blocked. "
             "https://support.google.com/mail/?p=UnsolicitedMessageError - gsmtp", "5.7.1",
             [E("5.7.1", "550", "spamdetected")])
    sendgrid("sendgrid-disabled-34", "dormant@gmail.com",
             "550 5.2.1 The email account that you tried to reach is disabled. - gsmtp", "5.2.1",
             [E("5.2.1", "550", "suspend")])

    # ---- Mailgun: its SMTP relay's refusals, reported by the sender's Postfix ----
    pf("mailgun-sandbox-35", "client@example.net", "smtp.mailgun.org", "34.224.137.116",
       "554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to "
       "authorized recipients in Account Settings.", [E("5.0.0", "554", "onhold")], cmd="RCPT TO")
    pf("mailgun-unverified-36", "buyer@example.org", "smtp.mailgun.org", "34.224.137.116",
       "421 Domain mg.example.com is not allowed to send: The domain is unverified and requires DNS configuration. "
       "Log in to your control panel to view required DNS records.", [E("4.0.0", "421", "expired")],
       cmd="MAIL FROM", delay=True)
    pf("mailgun-relay-37", "friend@example.com", "smtp.eu.mailgun.org", "35.157.44.22",
       "550 5.7.1 Relaying denied", [E("5.7.1", "550", "norelaying")])
    pf("mailgun-limit-38", "list@example.jp", "smtp.mailgun.org", "34.224.137.116",
       "421 4.7.0 Domain mg.example.com has exceeded its hourly sending limit. Try again later.",
       [E("4.7.0", "421", "securityerror")], cmd="MAIL FROM", delay=True)

    # ---- Postmark ----
    pf("postmark-signature-39", "customer@example.org", "smtp.postmarkapp.com", "50.31.156.6",
       "550 5.7.1 The 'From' address you supplied (noreply@example.com) is not a Sender Signature on your "
       "account. Please add and confirm this address in order to be able to use it in the 'From' field of "
       "your messages.", [E("5.7.1", "550", "securityerror")], cmd="MAIL FROM")
    pf("postmark-inactive-40", "unsub@example.net", "smtp.postmarkapp.com", "50.31.156.6",
       "550 5.1.1 You tried to send to a recipient that has been marked as inactive. Found inactive addresses: "
       "unsub@example.net. Inactive recipients are ones that have generated a hard bounce or a spam complaint.",
       [E("5.1.1", "550", "userunknown")])

    # ---- SparkPost (Momentum's DSNs; the relay's refusal) ----
    platform_dsn("sparkpost-suppressed-41", "RFC3464", "MAILER-DAEMON@sparkpostmail.com", "mta1a1.sparkpostmail.com",
                 SP_TEXT, "dropped@example.com", "5.7.1", "554 5.7.1 recipient address suppressed due to customer "
                 "policy", [E("5.7.1", "554", "securityerror")], subj="Undeliverable: %s" % SUBJECTS[1])
    platform_dsn("sparkpost-nouser-42", "RFC3464", "MAILER-DAEMON@sparkpostmail.com", "mta2a1.sparkpostmail.com",
                 SP_TEXT, "ex.staff@example.org", "5.1.1", "550 5.1.1 <ex.staff@example.org>: Recipient address "
                 "rejected: User unknown in local recipient table", [E("5.1.1", "550", "userunknown")],
                 remote="mx1.example.org", subj="Undeliverable: %s" % SUBJECTS[2])
    pf("sparkpost-unconfigured-43", "lead@example.net", "smtp.sparkpostmail.com", "52.38.191.241",
       "550 5.7.1 Unconfigured Sending Domain <example.com>", [E("5.7.1", "550", "securityerror")], cmd="MAIL FROM")
    platform_dsn("sparkpost-delay-44", "RFC3464", "MAILER-DAEMON@sparkpostmail.com", "mta3a1.sparkpostmail.com",
                 DELAY_TEXT, "slow@example.jp", "4.7.0",
                 "421 4.7.0 [TSS04] Messages from 192.174.82.10 temporarily deferred due to unexpected volume or "
                 "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
                 [E("4.7.0", "421", "rejected")], remote="mta7.am0.yahoodns.net", action="delayed")

    # ---- Mailchimp Transactional (Mandrill) ----
    platform_dsn("mandrill-outlook-45", "RFC3464", "Mandrill <bounce@mandrillapp.com>",
                 "mail132-5.atl131.mandrillapp.com", GEN_TEXT, "wrongname@outlook.com", "5.5.0",
                 "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
                 "[AM4PEPF00027A6C.eurprd04.prod.outlook.com 2025-11-12T10:11:12.345Z 08DDF0A1B2C3D4E5]",
                 [E("5.5.0", "550", "userunknown")], remote="outlook-com.olc.protection.outlook.com")
    platform_dsn("mandrill-yahoo-dd-46", "RFC3464", "Mandrill <bounce@mandrillapp.com>",
                 "mail20.sea31.mandrillapp.com", GEN_TEXT, "gone.away@yahoo.com", "5.0.0",
                 "554 delivery error: dd This user doesn't have a yahoo.com account (gone.away@yahoo.com) [0] - "
                 "mta4011.mail.gq1.yahoo.com", [E("5.0.0", "554", "userunknown")], remote="mta6.am0.yahoodns.net")
    pf("mandrill-auth-47", "prospect@example.com", "smtp.mandrillapp.com", "198.2.128.1",
       "550 5.7.1 Sending domain example.com is not verified. Verify the domain in your Mailchimp Transactional "
       "account before sending.", [E("5.7.1", "550", "securityerror")], cmd="MAIL FROM")

    # ---- Brevo (Sendinblue) ----
    pf("brevo-ip-48", "member@example.org", "smtp-relay.brevo.com", "1.179.112.1",
       "525 5.7.1 Unauthorized IP address - %s" % P(48), [E("5.7.1", "525", "securityerror")], cmd="MAIL FROM")
    platform_dsn("brevo-nouser-49", "RFC3464", "Brevo <bounces@smtp-relay.sendinblue.com>", "smtp-relay.sendinblue.com",
                 GEN_TEXT, "olduser@example.de", "5.1.1", "550 5.1.1 <olduser@example.de>... No such user",
                 [E("5.1.1", "550", "userunknown")], remote="mx00.example.de")
    platform_dsn("brevo-blocklisted-50", "RFC3464", "Brevo <bounces@smtp-relay.brevo.com>", "smtp-relay.brevo.com",
                 GEN_TEXT, "hard.bounced@example.fr", "5.1.1",
                 "550 5.1.1 Address is on the suppression list: it previously bounced (hard bounce)",
                 [E("5.1.1", "550", "userunknown")])
    platform_dsn("brevo-delay-51", "RFC3464", "Brevo <bounces@smtp-relay.brevo.com>", "smtp-relay.brevo.com",
                 DELAY_TEXT, "busy.box@example.fr", "4.2.2",
                 "452 4.2.2 <busy.box@example.fr>: Mailbox full, try again later",
                 [E("4.2.2", "452", "mailboxfull")], remote="mx.example.fr", action="delayed")

    # ---- Zoho ZeptoMail ----
    pf("zepto-unverified-52", "user@example.in", "smtp.zeptomail.com", "136.143.188.10",
       "553 5.7.1 Sender address rejected: the domain example.com is not verified in your Mail Agent",
       [E("5.7.1", "553", "rejected")], cmd="MAIL FROM")
    platform_dsn("zepto-dmarc-53", "RFC3464", "ZeptoMail <bounce@zeptomail.zoho.com>", "sender4-op-o12.zoho.com",
                 GEN_TEXT, "someone@gmail.com", "5.7.26",
                 "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. "
                 "Please contact the administrator of example.com domain if this was a legitimate mail. - gsmtp",
                 [E("5.7.26", "550", "authfailure")], remote="gmail-smtp-in.l.google.com")

    # ---- Alibaba Cloud DirectMail ----
    platform_dsn("aliyun-dm-nouser-54", "RFC3464", "postmaster@dm.aliyun.com", "smtpdm.aliyun.com", ZH_TEXT,
                 "wronguser@qq.com", "5.0.0",
                 "550 Mailbox not found or access denied",
                 [E("5.0.0", "550", "userunknown")], remote="mx3.qq.com")
    pf("aliyun-dm-quota-55", "fans@example.cn", "smtpdm.aliyun.com", "47.246.136.1",
       "554 5.7.1 Daily sending quota exceeded, please try again tomorrow", [E("5.7.1", "554", "mailboxfull")],
       cmd="MAIL FROM")
    platform_dsn("aliyun-dm-invalid-56", "RFC3464", "postmaster@dm.aliyun.com", "smtpdm.aliyun.com", ZH_TEXT,
                 "dead@example.cn", "5.1.1",
                 "550 5.1.1 The recipient address is in the invalid address list (it previously bounced), mail "
                 "not sent", [E("5.1.1", "550", "userunknown")])

    # ---- Tencent Cloud SES ----
    platform_dsn("tencent-ses-qq-57", "RFC3464", "postmaster@qcloudmail.com", "smtp.qcloudmail.com", ZH_TEXT,
                 "123456@qq.com", "5.0.0",
                 "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
                 [E("5.0.0", "550", "userunknown")], remote="mx1.qq.com")
    platform_dsn("tencent-ses-163-58", "RFC3464", "postmaster@qcloudmail.com", "smtp.qcloudmail.com", ZH_TEXT,
                 "someone@163.com", "5.0.0",
                 "554 DT:SPM 163 mx21,W8mowAB3xyz8eXZnX1gRAA--.12345S2 1732900000, please see "
                 "http://mail.163.com/help/help_spam_16.htm?ip=43.129.0.1&hostid=mx21&time=1732900000",
                 [E("5.0.0", "554", "spamdetected")], remote="163mx01.mxmail.netease.com")
    pf("tencent-ses-sender-59", "buyer@example.com", "smtp.qcloudmail.com", "43.129.0.10",
       "550 5.7.1 Sender domain not verified: example.cn", [E("5.7.1", "550", "securityerror")], cmd="MAIL FROM")

    # ---- SMTP2GO (Exim) ----
    exim("smtp2go-nouser-60", "nobody@example.com.au", "mx.example.com.au", P(60),
         ["550 5.1.1 <nobody@example.com.au>: Recipient address rejected: User unknown in virtual mailbox table"],
         [E("5.1.1", "550", "userunknown")], host="mail.smtpcorp.com")
    exim("smtp2go-suppressed-61", "earlier.bounce@example.net", "mail.smtpcorp.com", "45.79.71.155",
         ["550 The recipient has previously hard bounced and is on your suppression list"],
         [E("5.0.901", "550", "onhold")], host="mail.smtpcorp.com")
    exim("smtp2go-delay-62", "slowpoke@example.org", "mx.example.org", P(62),
         ["451 4.7.1 Greylisting in action, please come back later"], [E("4.7.1", "451", "expired")],
         host="mail.smtpcorp.com", delay=True)

    # ---- Microsoft 365 connectors ----
    exo("m365-tenantattr-63", "partner@example.net", "5.7.64",
        "550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT0123.eop-nam02.prod.protection.outlook.com "
        "2025-11-14T08:02:11.123Z 08DDF1234567ABCD]", [E("5.7.64", "550", "norelaying")],
        why="Your message wasn't delivered because the recipient's email system could not identify your organization.")
    exo("m365-connector-expired-64", "ops@partner.example", "4.4.316",
        "550 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=smarthost.example.net] "
        "[LastAttemptedIP=198.51.100.44:25] [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com "
        "2025-11-15T06:00:00.000Z 08DDF2345678BCDE]", [E("4.4.316", "", "networkerror")],
        why="Office 365 couldn't deliver the message because a connection to the destination couldn't be made.")
    exo("m365-queue-expired-65", "branch@example.org", "4.4.7",
        "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Primary target IP address responded with: "
        "\"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not "
        "succeed.] [LastAttemptedServerName=onprem-relay.example.org] [LastAttemptedIP=192.0.2.80:25]",
        [E("4.4.7", "421", "expired")])
    exo("m365-unregistered-66", "vendor@example.com", "5.7.750",
        "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. "
        "[BN1NAM02FT045.eop-nam02.prod.protection.outlook.com 2025-11-16T09:09:09.000Z 08DDF3456789CDEF]",
        [E("5.7.750", "550", "rejected")])
    pf("m365-inbound-connector-67", "sales@contoso.example", "contoso-example.mail.protection.outlook.com",
       "52.101.11.18",
       "550 5.7.51 TenantInboundAttribution; Rejecting. There is a partner connector configured that matched the "
       "message's recipient domain. The connector had either the TlsSenderCertificateName or SenderIPAddresses "
       "parameter set, but the message wasn't sent from an allowed IP or with a matching certificate. "
       "[DM6NAM12FT033.eop-nam12.prod.protection.outlook.com 2025-11-17T10:00:00.000Z 08DDF4567890DEF0]",
       [E("5.7.51", "550", "securityerror")], host="relay.fabrikam.example")

    # ---- Google Workspace SMTP relay ----
    pf("gws-relay-invalidcred-68", "customer@example.org", "smtp-relay.gmail.com", "142.250.152.28",
       "550 5.7.1 Invalid credentials for relay [%s]. The IP address you've registered in your Workspace SMTP "
       "Relay service doesn't match domain of the account this email is being sent from. If you are trying to "
       "relay mail from a domain that isn't registered under your Workspace account or has empty envelope-from, "
       "you must configure your mail server either to use SMTP AUTH to identify the sending domain or to present "
       "one of your domain names in the HELO or EHLO command. For more information, please visit "
       "https://support.google.com/a/answer/6140680#invalidcred a1-20020a05600c000100b0040e1234567sm123456wmq.0 "
       "- gsmtp" % P(68), [E("5.7.1", "550", "norelaying")], cmd="MAIL FROM")
    pf("gws-relay-denied-69", "team@example.net", "smtp-relay.gmail.com", "142.250.152.28",
       "550 5.7.0 Mail relay denied [%s]. Invalid credentials for relay for one of the domains in: example.com "
       "(as obtained from HELO and MAIL FROM). Email is being sent from a domain or IP address which isn't "
       "registered in your Workspace account. Please login to your Workspace account and verify that your "
       "sending device IP address has been registered within the Workspace SMTP Relay Settings. For more "
       "information, please visit https://support.google.com/a/answer/6140680#maildenied "
       "b2-20020a170902000200b001d2345678sm1234567plb.33 - gsmtp" % P(69),
       [E("5.7.0", "550", "norelaying")], cmd="MAIL FROM")
    pf("gws-relay-limit-70", "all-staff@example.org", "smtp-relay.gmail.com", "142.250.152.28",
       "550 5.4.5 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits "
       "please contact your administrator or visit https://support.google.com/a/answer/166852 "
       "c3-20020a17090a000300b0028a1234567sm123456pjb.20 - gsmtp", [E("5.4.5", "550", "speeding")],
       cmd="MAIL FROM")
    pf("gws-relay-rate-71", "invitee@example.com", "smtp-relay.gmail.com", "142.250.152.28",
       "421 4.7.0 Try again later, closing connection. (MAIL) d4-20020a05620a000400b0078b1234567sm123456qkn.40 - "
       "gsmtp", [E("4.7.0", "421", "blocked")], cmd="MAIL FROM", delay=True)


if __name__ == "__main__":
    build()
    write_set(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)), SETS)
