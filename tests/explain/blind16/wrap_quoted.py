#!/usr/bin/env python3
"""wrap_quoted.py: the check behind the labels of the blind16 messages that
no Sisimai module reads (the senders' notices and the Chinese providers'
NDRs): each one's quoted reply is wrapped in an ordinary Postfix bounce
(with the status of the reply and, where the NDR names it, the remote
host), written to OUTDIR/<file>, so that Sisimai can be run on them:

    python3 wrap_quoted.py /tmp/w16 && PERL5LIB=<sisimai 5.x> perl ../sis2json.pl /tmp/w16/*.eml

The label of each such message is the reason, status and reply code
Sisimai gives its wrapped reply (see README.md, label policy)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import write_wrapped  # noqa: E402

# file: (recipient, status ("" when the reply has none), the reply, the remote host or None)
QUOTED = {
    "139-01.eml": ("ye.hong@example.net", "", "550 User not found: ye.hong@example.net", None),
    "139-02.eml": ("pan.yi@example.org", "5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size", None),
    "21cn-01.eml": ("ding.kai@example.org", "5.7.25",
                    "550 5.7.25 The IP address sending this message does not have a PTR record setup", None),
    "alimail-01.eml": ("wang.fang@example.org", "", "550 Mailbox not found. (mx.example.org)", None),
    "alimail-02.eml": ("chen.jie@example.net", "5.7.1",
                       "554 5.7.1 Rejected by SPF: 192.0.2.190 is not allowed to send mail for example.com", None),
    "alimail-03.eml": ("liu.yang@example.org", "5.2.2", "552 5.2.2 Mailbox size limit exceeded", None),
    "alimail-04.eml": ("zhao.lei@example.net", "",
                       "Connection timed out after 5 days (mx.example.net[198.51.100.40]:25)", None),
    "alimail-05.eml": ("sun.li@example.org", "", "550 Mail content denied. https://service.mail.qq.com/detail/122/171",
                       None),
    "brevo-01.eml": ("jan@example.org", "5.1.1",
                     "550 5.1.1 <jan@example.org>: Recipient address rejected: User unknown in relay recipient table",
                     None),
    "brevo-02.eml": ("kai@example.net", "4.7.0",
                     "421 4.7.0 [TSS04] Messages from 192.0.2.170 temporarily deferred due to unexpected volume or "
                     "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", None),
    "exmail-01.eml": ("zhou.min@example.org", "", "550 Mailbox not found or access denied", "mxbiz1.qq.com"),
    "exmail-02.eml": ("wu.hao@example.net", "5.7.1",
                      "550 5.7.1 Message rejected: 192.0.2.200 is listed on zen.spamhaus.org", None),
    "exmail-03.eml": ("xu.jing@example.org", "4.2.2", "452 4.2.2 Mailbox full, quota exceeded", None),
    "mailchimp-01.eml": ("ivy@example.net", "4.2.2",
                         "452 4.2.2 The email account that you tried to reach is over quota. Please direct the "
                         "recipient to https://support.google.com/mail/?p=OverQuotaTemp", None),
    "mandrill-01.eml": ("hal@example.org", "5.1.1", "550 5.1.1 <hal@example.org>... User unknown", None),
    "netease-126-01.eml": ("luo.bin@example.org", "",
                           "Connection timed out (mx.example.org[198.51.100.20]:25), giving up after 2 days", None),
    "netease-163-01.eml": ("guo.qiang@example.org", "5.1.1",
                           "550 5.1.1 <guo.qiang@example.org>: Recipient address rejected: User unknown in local "
                           "recipient table", None),
    "netease-163-02.eml": ("yang.fan@example.net", "5.7.1", "554 5.7.1 Message rejected as spam by Content Filtering.",
                           None),
    "netease-qiye-01.eml": ("tang.wei@example.net", "5.2.2", "552 5.2.2 <tang.wei@example.net>: user over quota", None),
    "netease-qiye-02.eml": ("feng.lu@example.org", "",
                            "550 MI:SFQ You have sent too many mails today, please try again tomorrow", None),
    "postmark-01.eml": ("eli@example.org", "5.1.1",
                        "550 5.1.1 The email account that you tried to reach does not exist. Please try "
                        "double-checking the recipient's email address for typos or unnecessary spaces.", None),
    "postmark-02.eml": ("faye@example.net", "5.7.1",
                        "554 5.7.1 Service unavailable; Client host [192.0.2.160] blocked using zen.spamhaus.org",
                        None),
    "qqmail-01.eml": ("he.tao@example.net", "",
                      "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
                      "mx3.qq.com"),
    "qqmail-02.eml": ("lin.na@example.org", "5.7.1",
                      "554 5.7.1 DMARC policy violation: example.com requires aligned SPF or DKIM", None),
    "qqmail-03.eml": ("ma.chao@example.net", "", "550 Domain frequency limited", "mx2.qq.com"),
    "sina-01.eml": ("song.yu@example.org", "5.1.1", "550 5.1.1 <song.yu@example.org>... User unknown", None),
    "sohu-01.eml": ("han.xue@example.net", "5.2.1", "550 5.2.1 Mailbox disabled, not accepting messages", None),
    "zeptomail-01.eml": ("lou@example.org", "5.1.1", "550 5.1.1 Invalid recipient <lou@example.org> (#5.1.1)", None),
    "zeptomail-02.eml": ("mei@example.net", "5.7.1", "550 5.7.1 Email rejected per DMARC policy for example.com", None),
}


if __name__ == "__main__":
    write_wrapped(sys.argv[1], QUOTED)
