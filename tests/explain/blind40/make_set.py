#!/usr/bin/env python3
"""make_set.py [OUTDIR]: write blind40, a batch of bounces whose
diagnostic names a block list, a reputation or a rate decision, as each
receiving system words it (Spamhaus, Barracuda, SpamCop, UCEPROTECT,
SORBS, PSBL, Invaluement; Microsoft's S3140 / S3150 / AS(nnnn); Gmail's
4.7.0 / 5.7.1 / 4.7.28 / 5.7.26 / 4.7.27; Yahoo's TSS04 / TSS09 / PH01;
Apple's CS01 / HM08; AOL; Proofpoint, Mimecast, Barracuda, Cisco,
Sophos, Trend Micro, Cloudmark, Vade; Tencent, NetEase, Alibaba; Zoho,
GMX / web.de, mail.ru, Yandex, Orange, Comcast, AT&T, Cox, T-Online;
connection and rate limits; and the same deferrals given up after
retries), carried by the MTAs that report them (Postfix, Exim,
Sendmail, Exchange / Microsoft 365, Gmail, qmail, Yahoo's own notice, the
Chinese providers' notices).  The point is the borders between blocked,
badreputation, spamdetected, policyviolation, rejected, speeding,
toomanyconn, securityerror, authfailure and expired.

Postfix, Exim, Sendmail, Exchange, Gmail and qmail come from
tests/explain/blindmta.py (multi-line forms on); the Chinese notices and
qmail's phases from blind39/make_set.py's builders; this file adds
Yahoo's own failure notice and a Zoho plain-text report.  Deterministic."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import blindmta as M  # noqa: E402
from blindset import E, hdrs, write_set  # noqa: E402

_spec = importlib.util.spec_from_file_location("blind39_make_set", os.path.join(HERE, "..", "blind39", "make_set.py"))
B39 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(B39)

M.FORMS["multiline"] = True
IP = "198.51.100.%d"
GM, GMIP = M.GM, M.GMIP


def yahoo_own(name, rcpt, reply, exp):
    """Yahoo Mail's own failure notice (plain text, the remote reply after
    "Remote host said:", the original below a line)."""
    i = M.nth()
    m, _ = M.mime_for(i)
    snd = "dana_k77@yahoo.com"
    text = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
            "Remote host said: %s [RCPT_TO]\n\n--- Below this line is a copy of the message.\n\n") % (rcpt, reply)
    h = hdrs("MAILER-DAEMON@yahoo.com", "Failure Notice", M.date(i), "%d.%s@mta%d.mail.ne1.yahoo.com" % (
        1764400000 + i, M.qid(i).lower(), 1000 + i), to=snd, extra=["Content-Type: text/plain; charset=us-ascii"])
    o = m.orig(rcpt, M.SUBJECTS[i % 10], M.date(i, 2), "%s@mail.yahoo.com" % M.qid(i).lower(), frm=snd)
    M.add(name, "Yahoo", "\n".join(h) + "\n\n" + text + o + "\n" + M.BODY, exp)


def zoho_own(name, rcpt, reply, exp):
    """Zoho Mail's plain-text report of a remote refusal."""
    i = M.nth()
    m, _ = M.mime_for(i)
    snd = "accounts@firm.example.in"
    text = ("This message was created automatically by mail delivery software.\n"
            "A message that you sent could not be delivered to one or more of its recipients. "
            "This is a permanent error.\n\n%s, ERROR CODE :%s - %s\n\n"
            "Received: from mail.zoho.in by mx.zoho.in\n") % (rcpt, reply[:3], reply)
    h = hdrs("mailer-daemon@mail.zoho.in", "Undelivered Mail Returned to Sender", M.date(i),
             "%s.%d@zoho.in" % (M.qid(i).lower(), i), to=snd,
             extra=["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit"])
    o = m.orig(rcpt, M.SUBJECTS[i % 10], M.date(i, 2), "%s@zoho.in" % M.qid(i).lower(), frm=snd)
    M.add(name, "Zoho", "\n".join(h) + "\n\n" + text + "\n" + o + "\n" + M.BODY, exp)


def spamhaus():
    M.pf("pf-zen-client", "ana@corp.example.de", "mx01.corp.example.de", IP % 11,
         "554 5.7.1 Service unavailable; Client host [192.0.2.40] blocked using zen.spamhaus.org; "
         "https://www.spamhaus.org/query/ip/192.0.2.40", [E("5.7.1", "554", "blocked")])
    M.exim("exim-sbl-listed", "info@shop.example.nl", "mail.shop.example.nl", IP % 12,
           ["550-5.7.1 [192.0.2.41] is listed in the Spamhaus SBL.", "550 5.7.1 See https://check.spamhaus.org/"],
           [E("5.7.1", "550", "blocked")])
    M.exo("exo-xbl-remote", "orders@supplier.example", "5.7.1",
          "550 5.7.1 Mail from 192.0.2.42 refused - see https://www.spamhaus.org/query/ip/192.0.2.42 (XBL)",
          [E("5.7.1", "550", "blocked")], remote="mx.supplier.example")
    M.sendmail("sm-pbl-dynamic", "tom@isp-user.example", "mx2.isp-user.example", IP % 13,
               ["554-5.7.1 Service unavailable; Client host [192.0.2.43] blocked using pbl.spamhaus.org;",
                "554 5.7.1 https://www.spamhaus.org/query/ip/192.0.2.43"], [E("5.7.1", "554", "blocked")])
    M.exim("exim-css-dsn", "lena@agency.example.se", "mx.agency.example.se", IP % 14,
           ["550 5.7.1 Rejected: 192.0.2.44 is listed in Spamhaus CSS, see https://check.spamhaus.org/"],
           [E("5.0.0", "550", "blocked")], with_dsn=True)
    M.pf("pf-dbl-sender", "sales@partner.example.com", "mail.partner.example.com", IP % 15,
         "554 5.7.1 <bounce@news.example.net>: Sender address rejected: blocked using dbl.spamhaus.org",
         [E("5.7.1", "554", "rejected")], cmd="MAIL FROM")
    M.gmail("gm-dbl-uri", "kontakt@firma.example.at", "mail.firma.example.at", IP % 16,
            ["554 5.7.1 Message rejected: it contains a URI listed in the Spamhaus DBL",
             "(dbl.spamhaus.org)"], [E("5.7.1", "554", "spamdetected")])
    M.pf("pf-zen-folded", "it@school.example.edu", "mx.school.example.edu", IP % 17,
         "550 5.7.1 Client host rejected: 192.0.2.45 is listed at zen.spamhaus.org (127.0.0.4) - see "
         "https://check.spamhaus.org/listed/?searchterm=192.0.2.45", [E("5.7.1", "550", "blocked")], dsnfold=True)


def lists():
    M.pf("pf-barracuda-brbl", "buyer@retail.example", "mx.retail.example", IP % 21,
         "554 Service unavailable; Client host [192.0.2.50] blocked using Barracuda Reputation; "
         "http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.50", [E("5.0.0", "554", "blocked")])
    M.exim("exim-barracuda-brbl", "rh@hospital.example.org", "barracuda.hospital.example.org", IP % 22,
           ["550 permanent failure for one or more recipients (rh@hospital.example.org:blocked)"],
           [E("5.0.0", "550", "blocked")], with_dsn=True)
    M.sendmail("sm-spamcop", "prof@univ.example.edu", "mx1.univ.example.edu", IP % 23,
               "550 5.7.1 Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.51", [E("5.7.1", "550", "blocked")])
    M.pf("pf-uceprotect-l1", "chef@restaurant.example.de", "mail.restaurant.example.de", IP % 24,
         ["554-5.7.1 Service unavailable; Client host [192.0.2.52] blocked using dnsbl-1.uceprotect.net;",
          "554 5.7.1 IP 192.0.2.52 is UCEPROTECT-Level1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.52"],
         [E("5.7.1", "554", "blocked")])
    M.exim("exim-uceprotect-l3", "verein@club.example.de", "mx.club.example.de", IP % 25,
           ["550-Your ISP AS64500 is UCEPROTECT-Level3 listed for hosting a total of 82 abusers.",
            "550 See http://www.uceprotect.net/rblcheck.php?asn=64500"], [E("5.0.0", "550", "blocked")])
    M.gmail("gm-sorbs", "office@lawfirm.example.au", "mail.lawfirm.example.au", IP % 26,
            "550 5.7.1 Rejected: 192.0.2.53 listed at dnsbl.sorbs.net", [E("5.7.1", "550", "blocked")])
    M.qmail("qm-psbl", "list@oss.example.org", IP % 27,
            "550 5.7.1 Rejected because 192.0.2.54 is in PSBL, see https://psbl.org/listing?ip=192.0.2.54",
            [E("5.7.1", "550", "blocked")])
    M.pf("pf-invaluement-sip", "ceo@startup.example.io", "mx.startup.example.io", IP % 28,
         "554 5.7.1 Rejected: sender IP 192.0.2.55 is listed on ivmSIP, see https://www.invaluement.com/lookup/",
         [E("5.7.1", "554", "blocked")])
    M.exo("exo-invaluement-uri", "press@media.example", "5.7.1",
          "550 5.7.1 Message rejected: a URI in the message is listed on ivmURI (invaluement)",
          [E("5.7.1", "550", "spamdetected")], remote="mail.media.example", style="onprem")
    M.sendmail("sm-sorbs-spam", "admin@forum.example.net", "mail.forum.example.net", IP % 29,
               "553 5.3.0 <admin@forum.example.net>... Spam blocked see: http://www.sorbs.net/lookup.shtml?192.0.2.56",
               [E("5.3.0", "553", "blocked")])
    M.pf("pf-trend-ers", "hr@manufact.example.co.jp", "manufact-example-co-jp.mail.trendmicro.example", IP % 30,
         "550 5.7.1 Service unavailable; client [192.0.2.57] blocked using Trend Micro Email Reputation database. "
         "Please see https://servicecentral.trendmicro.com/en-US/ers/ip-lookup/?ip=192.0.2.57",
         [E("5.7.1", "550", "blocked")])
    M.exim("exim-cloudmark", "ventas@tienda.example.es", "mx.tienda.example.es", IP % 31,
           ["550-5.7.1 Message rejected because of the sending IP's reputation (Cloudmark CSI).",
            "550 5.7.1 Please visit https://csi.cloudmark.com/en/reset/ to request a reset"],
           [E("5.7.1", "550", "blocked")])


def microsoft():
    M.pf("pf-hotmail-s3140", "j.doe77@hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.10.1",
         ["550 5.7.1 Unfortunately, messages from [192.0.2.60] weren't sent. Please contact your Internet service "
          "provider since part of their network is on our block list (S3140). You can also refer your provider to "
          "http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5F.eurprd04.prod.outlook.com "
          "2025-11-02T10:12:44.000Z 08DDF1A2B3C4D5E6]"], [E("5.7.1", "550", "blocked")])
    M.exim("exim-outlook-s3150", "m.rossi@outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.42.7",
           ["550 5.7.1 Unfortunately, messages from [192.0.2.61] weren't sent. Please contact your Internet service",
            "provider since part of their network is on our block list (S3150). You can also refer your provider to",
            "http://mail.live.com/mail/troubleshooting.aspx#errors. [DB1PEPF000509F4.eurprd03.prod.outlook.com]"],
           [E("5.7.1", "550", "blocked")])
    M.gmail("gm-outlook-as3130", "pat.lee@live.com", "live-com.olc.protection.outlook.com", "52.101.8.35",
            ["550 5.7.1 Service unavailable, Client host [192.0.2.62] blocked using Spamhaus. To request removal from "
             "this list see https://www.spamhaus.org/query/ip/192.0.2.62 (AS3130). [BN1NAM02FT012.eop-nam02.prod."
             "protection.outlook.com]"], [E("5.7.1", "550", "blocked")])
    M.pf("pf-o365-banned-ip", "finance@tenant.example.com", "tenant-example-com.mail.protection.outlook.com",
         "52.101.68.20",
         "550 5.7.606 Access denied, banned sending IP [192.0.2.63]. To request removal from this list please visit "
         "https://sender.office.com/ and follow the directions. For more information please go to "
         "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [SN1NAM02FT0055.eop-nam02.prod.protection.outlook.com]",
         [E("5.7.606", "550", "blocked")])
    M.exo("exo-banned-sender-as1440", "office@dealer.example.fr", "5.7.511",
          "550 5.7.511 Access denied, banned sender[192.0.2.64]. To request removal from this list please forward "
          "this message to delist@microsoft.com. For more information please go to "
          "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1440)", [E("5.7.511", "550", "blocked")],
          remote="dealer-example-fr.mail.protection.outlook.com")
    M.pf("pf-hotmail-ratelimit", "kim.s@hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.10.3",
         "451 4.7.650 The mail server [192.0.2.65] has been temporarily rate limited due to IP reputation. For e-mail "
         "delivery information, see https://postmaster.live.com (S775) [DB5EUR03FT020.eop-EUR03.prod.protection."
         "outlook.com]", [E("4.7.650", "451", "speeding")], delay=True)
    M.exim("exim-o365-server-busy", "team@tenant2.example.org", "tenant2-example-org.mail.protection.outlook.com",
           "52.101.40.9", ["451 4.7.500 Server busy. Please try again later from [192.0.2.66]. (S77714) "
                           "[MW2NAM10FT055.eop-nam10.prod.protection.outlook.com]"],
           [E("4.7.500", "451", "speeding")], delay=True)
    M.exo("exo-o365-traffic-ip", "it@school.example.ac.uk", "5.7.708",
          "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information "
          "please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)", [E("5.7.708", "550", "blocked")],
          remote="school-example-ac-uk.mail.protection.outlook.com")
    M.exo("exo-o365-outbound-spam", "client@buyer.example", "5.7.705",
          "550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to "
          "http://go.microsoft.com/fwlink/?LinkId=526653", [E("5.7.705", "550", "blocked")],
          why="Your message couldn't be delivered because the sending tenant has been blocked for sending spam.")
    M.exo("exo-o365-restricted-user", "partner@vendor.example", "5.1.8",
          "550 5.1.8 Access denied, bad outbound sender. AS(42004) [PR3PR02MB6011.eurprd02.prod.outlook.com]",
          [E("5.1.8", "550", "rejected")],
          why="Your message couldn't be delivered because you weren't recognized as a valid sender. The most common "
              "reason for this is that your email address is suspected of sending spam and it's no longer allowed "
              "to send messages.")


def google():
    M.pf("pf-gmail-rate-421", "maria.g@gmail.com", GM, GMIP,
         ["421-4.7.0 [192.0.2.70      15] Our system has detected an unusual rate of",
          "421-4.7.0 unsolicited mail originating from your IP address. To protect our",
          "421-4.7.0 users from spam, mail sent from your IP address has been temporarily",
          "421-4.7.0 rate limited. Please visit",
          "421-4.7.0  https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
          "421 4.7.0 review our Bulk Email Senders Guidelines. a1si123456wrb.21 - gsmtp"],
         [E("4.7.0", "421", "blocked")], delay=True)
    M.exim("exim-gmail-rate-550", "joe.bloggs@gmail.com", GM, GMIP,
           ["550-5.7.1 [192.0.2.71      12] Our system has detected an unusual rate of",
            "550-5.7.1 unsolicited mail originating from your IP address. To protect our",
            "550-5.7.1 users from spam, mail sent from your IP address has been blocked.",
            "550-5.7.1 Please visit",
            "550-5.7.1  https://support.google.com/mail/?p=UnsolicitedIPError to review our",
            "550 5.7.1 Bulk Email Senders Guidelines. b2si234567wrc.33 - gsmtp"],
           [E("5.7.1", "550", "blocked")], cmd="DATA")
    M.pf("pf-gmail-4728", "lucas.m@gmail.com", GM, GMIP,
         ["421-4.7.28 Gmail has detected an unusual rate of mail originating from your",
          "421-4.7.28 SPF domain [news.example.net 28]. To protect our users from spam,",
          "421-4.7.28 mail sent from your domain has been temporarily rate limited. For",
          "421-4.7.28 more information, go to",
          "421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
          "421 4.7.28 review our Bulk Email Senders Guidelines. c3si345678wrd.8 - gsmtp"],
         [E("4.7.28", "421", "blocked")], delay=True, cmd="DATA")
    M.exo("exo-gmail-5726-unauth", "amy.w@gmail.com", "5.7.26",
          "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to "
          "authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [tenant.example.com] "
          "with ip: [192.0.2.72] = did not pass For instructions on setting up authentication, go to "
          "https://support.google.com/mail/answer/81126#authentication d4si456789wre.12 - gsmtp",
          [E("5.7.26", "550", "authfailure")], remote=GM)
    M.pf("pf-gmail-5726-dmarc", "ben.t@gmail.com", GM, GMIP,
         ["550-5.7.26 Unauthenticated email from example.org is not accepted due to",
          "550-5.7.26 domain's DMARC policy. Please contact the administrator of",
          "550-5.7.26 example.org domain if this was a legitimate mail. To learn about the",
          "550-5.7.26 DMARC initiative, go to",
          "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection e5si567890wrf.4 - gsmtp"],
         [E("5.7.26", "550", "authfailure")], cmd="DATA", dsnfold=True)
    M.sendmail("sm-gmail-4727-spf", "chris.p@gmail.com", GM, GMIP,
               ["421-4.7.27 Your email has been rate limited because SPF authentication",
                "421-4.7.27 didn't pass for this message. Gmail requires all bulk email",
                "421-4.7.27 senders to authenticate with SPF. Authentication results:",
                "421-4.7.27  SPF [example.co.uk] with ip: [192.0.2.73] = did not pass",
                "421 4.7.27 f6si678901wrg.19 - gsmtp"], [E("4.7.27", "421", "authfailure")])
    M.pf("pf-gmail-not-authorized", "sam.k@gmail.com", GM, GMIP,
         ["550-5.7.1 [192.0.2.74] The IP you're using to send mail is not authorized to",
          "550-5.7.1 send email directly to our servers. Please use the SMTP relay at your",
          "550-5.7.1 service provider instead. For more information, go to",
          "550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError g7si789012wrh.2 - gsmtp"],
         [E("5.7.1", "550", "blocked")])
    M.exim("exim-gmail-ip-reputation", "nina.r@gmail.com", GM, GMIP,
           ["421-4.7.0 [192.0.2.75      15] Our system has detected that this message is",
            "421-4.7.0 suspicious due to the very low reputation of the sending IP address.",
            "421-4.7.0 To protect our users from spam, mail sent from your IP address has",
            "421-4.7.0 been temporarily rate limited. For more information, go to",
            "421 4.7.0  https://support.google.com/mail/answer/188131 h8si890123wri.7 - gsmtp"],
           [E("4.7.0", "421", "blocked")], delay=True, cmd="DATA")
    M.exo("exo-gmail-likely-spam", "olga.v@gmail.com", "5.7.1",
          "550-5.7.1 [192.0.2.76 12] Our system has detected that this message is likely unsolicited mail. To "
          "reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to "
          "https://support.google.com/mail/?p=UnsolicitedMessageError i9si901234wrj.30 - gsmtp",
          [E("5.7.1", "550", "spamdetected")], remote=GM)
    M.qmail("qm-gmail-domain-reputation", "tim.h@gmail.com", GMIP,
            "421-4.7.0 [192.0.2.77] Our system has detected that this message is suspicious due to the very low "
            "reputation of the sending domain. To best protect our users from spam, the message has been blocked. "
            "421 4.7.0 For more information, go to https://support.google.com/mail/answer/188131 j1si012345wrk.5 - gsmtp",
            [E("4.7.0", "421", "blocked")])
    M.pf("pf-gmail-try-later-ehlo", "zoe.f@gmail.com", GM, GMIP,
         "421-4.7.0 Try again later, closing connection. (EHLO) k2si123450wrl.15 - gsmtp",
         [E("4.7.0", "421", "blocked")], delay=True, cmd="EHLO")


def yahoo_aol_apple():
    M.pf("pf-yahoo-tss04", "lisa_m@yahoo.com", "mta6.am0.yahoodns.net", "67.195.204.72",
         "421 4.7.0 [TSS04] Messages from 192.0.2.80 temporarily deferred due to unexpected volume or user "
         "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
         [E("4.7.0", "421", "blocked")], delay=True, cmd="MAIL FROM")
    M.exim("exim-yahoo-tss09", "gary1970@yahoo.com", "mta7.am0.yahoodns.net", "98.136.96.75",
           ["553 5.7.2 [TSS09] All messages from 192.0.2.81 will be permanently deferred; Retrying will NOT succeed. "
            "See https://postmaster.yahooinc.com/error-codes"], [E("5.7.2", "553", "blocked")], cmd="MAIL FROM")
    M.gmail("gm-yahoo-ph01", "ruth.c@yahoo.com", "mta5.am0.yahoodns.net", "67.195.228.94",
            "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes [PH01]",
            [E("5.7.9", "554", "policyviolation")])
    M.pf("pf-aol-complaints", "dave.b@aol.com", "mx-aol.mail.gm0.yahoodns.net", "67.195.204.79",
         "421 4.7.0 [TS03] All messages from 192.0.2.82 will be permanently deferred; Retrying will NOT succeed. "
         "See https://postmaster.yahooinc.com/error-codes", [E("4.7.0", "421", "blocked")], cmd="MAIL FROM")
    M.sendmail("sm-yahoo-user-complaints", "tanya_b@yahoo.co.uk", "mx-eu.mail.am0.yahoodns.net", "188.125.72.74",
               "421 4.7.0 [TSS04] Messages from 192.0.2.83 temporarily deferred due to user complaints - 4.16.55.1; "
               "see https://postmaster.yahooinc.com/error-codes", [E("4.7.0", "421", "blocked")], cmd="MAIL From")
    yahoo_own("yahoo-own-verizon", "kevin.o@verizon.net",
              "554 5.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/554dynt1.html",
              [E("5.7.1", "554", "blocked")])
    M.pf("pf-icloud-cs01", "alex.j@icloud.com", "mx01.mail.icloud.com", "17.57.155.31",
         "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
         [E("5.7.1", "554", "blocked")])
    M.exim("exim-icloud-hm08", "priya.n@me.com", "mx02.mail.icloud.com", "17.57.154.6",
           ["550 5.7.0 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"],
           [E("5.7.0", "550", "blocked")], cmd="DATA")
    M.exo("exo-icloud-blocked-policy", "sofia.l@icloud.com", "5.7.1",
          "554 5.7.1 <sofia.l@icloud.com>: Blocked by policy. Please visit https://support.apple.com/en-us/102322",
          [E("5.7.1", "554", "blocked")], remote="mx03.mail.icloud.com")
    M.pf("pf-icloud-rate", "mark.d@icloud.com", "mx04.mail.icloud.com", "17.57.156.29",
         "421 4.7.0 [CS02] Message rejected due to too many messages from 192.0.2.84. Please try again later.",
         [E("4.7.0", "421", "speeding")], delay=True)


def gateways():
    M.pf("pf-proofpoint-ipcheck", "purchasing@factory.example.com", "mx0a-00123401.pphosted.com", "148.163.150.2",
         "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.90", [E("5.0.0", "554", "blocked")],
         cmd="MAIL FROM")
    M.exo("exo-proofpoint-ipcheck", "benefits@insurer.example", "5.7.1",
          "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.91",
          [E("5.7.1", "554", "blocked")], remote="mx0b-00203402.pphosted.com")
    M.exim("exim-proofpoint-spam", "legal@bank.example", "mx0a-00304403.pphosted.com", "148.163.150.9",
           ["550 5.7.1 Message blocked due to spam content in the message."], [E("5.7.1", "550", "spamdetected")],
           cmd="DATA")
    M.pf("pf-mimecast-header-blocked", "facilities@council.example.gov.uk", "eu-smtp-inbound-1.mimecast.com",
         "91.220.42.1",
         "550 Rejected by header based Blocked Senders - block for manual block. "
         "https://community.mimecast.com/docs/DOC-1369#550 [xGHbq7a2N8aS3KVnZ9gWtA.uk32]",
         [E("5.0.0", "550", "rejected")], cmd="DATA")
    M.gmail("gm-mimecast-envelope-blocked", "marketing@brand.example.co.za", "za-smtp-inbound-1.mimecast.co.za",
            "41.74.201.1",
            "550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 "
            "[a1b2c3d4e5.za12]", [E("5.0.0", "550", "rejected")])
    M.exo("exo-mimecast-security", "board@trust.example.org", "5.0.0",
          "554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 "
          "[Wq7xLm2pT0C2xYzAbC.us214]", [E("5.0.0", "554", "policyviolation")],
          remote="us-smtp-inbound-2.mimecast.com")
    M.sendmail("sm-mimecast-ip-reputation", "ops@logistics.example.com", "us-smtp-inbound-1.mimecast.com",
               "205.139.110.1",
               "550 Rejected due to IP reputation - https://community.mimecast.com/docs/DOC-1369#550 [zXy9.us105]",
               [E("5.0.0", "550", "blocked")], cmd="MAIL From")
    M.pf("pf-barracuda-ess-spam", "hello@bakery.example.ca", "d123456a.ess.barracudanetworks.com", "209.222.82.1",
         "550 permanent failure for one or more recipients (hello@bakery.example.ca:550 spam message rejected)",
         [E("5.0.0", "550", "spamdetected")], cmd="end of DATA")
    M.exim("exim-ironport-reputation", "procurement@defense.example.com", "esa1.defense.iphmx.com", "68.232.140.1",
           ["554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you "
            "believe that this failure is in error, please contact the intended recipient via alternate means."],
           [E("5.0.0", "554", "badreputation")], with_dsn=True)
    M.pf("pf-ironport-sbrs", "contact@pharma.example.ch", "esa2.pharma.iphmx.com", "68.232.141.2",
         "550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.",
         [E("5.7.1", "550", "rejected")], cmd="MAIL FROM")
    M.sendmail("sm-ironport-conn", "support@telco.example.net", "esa3.telco.iphmx.com", "68.232.142.3",
               "421 Too many concurrent SMTP connections from this IP address; please try again later.",
               [E("4.0.0", "421", "toomanyconn")])
    M.pf("pf-sophos-blocklist", "frontdesk@hotel.example.it", "mx-01-eu-west-1.prod.hydra.sophos.com", "52.17.18.19",
         "554 5.7.1 Sender IP 192.0.2.92 is blocked by the Sophos reputation service. See "
         "https://www.sophos.com/en-us/threat-center/ip-lookup", [E("5.7.1", "554", "blocked")])
    M.exo("exo-sophos-spam", "admin@clinic.example.com.au", "5.7.1",
          "550 5.7.1 Message rejected as spam by Content Filtering.", [E("5.7.1", "550", "spamdetected")],
          remote="mx-01-ap-southeast-2.prod.hydra.sophos.com")
    M.qmail("qm-vade-spam", "abonne@fai.example.fr", IP % 40,
            "554 5.7.1 Message refused: detected as spam by Vade Secure filter (VSC)",
            [E("5.7.1", "554", "spamdetected")])


def chinese():
    M.pf("pf-qq-content-denied", "8812345@qq.com", "mx3.qq.com", "203.205.219.57",
         "550 Mail content denied. https://service.mail.qq.com/detail/122/171",
         [E("5.0.0", "550", "spamdetected")], cmd="end of DATA")
    M.exim("exim-qq-ip-frequency", "5566778@qq.com", "mx1.qq.com", "183.47.101.192",
           ["550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725"],
           [E("5.0.0", "550", "speeding")], cmd="MAIL FROM")
    M.gmail("gm-qq-conn-frequency", "99001122@qq.com", "mx2.qq.com", "203.205.219.58",
            "421 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
            [E("4.0.0", "421", "toomanyconn")], head="delay")
    M.pf("pf-163-mi-sfq", "zhang_w@163.com", "163mx01.mxmail.netease.com", "220.181.12.11",
         "450 MI:SFQ 163 mx21,Q8CowAD3X1rX5vxf_dqmBA--.11211S2 1764403200, please try again after 15 minutes",
         [E("4.0.0", "450", "speeding")], delay=True, cmd="MAIL FROM")
    M.exim("exim-163-rp-dbl", "li_na@126.com", "126mx01.mxmail.netease.com", "220.181.15.111",
           ["554 RP:DBL 126 mx17,QMCowADnlKx2ABhpQ8AAAA--.21741S3 1764403300 "
            "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.93&hostid=mx17&time=1764403300"],
           [E("5.0.0", "554", "blocked")], cmd="MAIL FROM")
    M.sendmail("sm-163-rp-qrc", "wang_f@163.com", "163mx02.mxmail.netease.com", "220.181.12.12",
               "550 RP:QRC 163 mx33,QsCowAB3p1rY5vxf5KwCAA--.8123S2 1764403400 "
               "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.94&hostid=mx33&time=1764403400",
               [E("5.0.0", "550", "speeding")])
    M.pf("pf-163-hl-ifc", "chen_j@yeah.net", "yeahmx01.mxmail.netease.com", "220.181.12.16",
         "421 HL:IFC 192.0.2.95 Connection has been refused due to too many messages sent in a short time "
         "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.95&hostid=mx02&time=1764403500",
         [E("4.0.0", "421", "speeding")], delay=True, greet=True)
    M.exo("exo-163-dt-spm", "liu_y@163.com", "5.0.0",
          "554 DT:SPM 163 mx20,OcCowAD3ZxZlBhpp7ewAAA--.12345S2 1764403600, please see "
          "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.96&hostid=mx20&time=1764403600",
          [E("5.0.0", "554", "spamdetected")], remote="163mx03.mxmail.netease.com")
    M.pf("pf-aliyun-antispam-bat", "zhao@aliyun.com", "mx1.aliyun-inc.com", "140.205.94.10",
         "554 5.7.1 Error: Mail content denied by anti-spam [ANTISPAM_BAT 01.01.01]",
         [E("5.7.1", "554", "spamdetected")], cmd="end of DATA")
    B39.cn("cn-qq-notice-blocked", "qq", "buyer@trade.example.com",
           "554 5.7.1 Service unavailable; Client host [183.3.226.5] blocked using zen.spamhaus.org",
           "对方服务器拒收：发信服务器IP被列入黑名单", [E("5.7.1", "554", "blocked")], dsn_status="5.7.1",
           remote="mx.trade.example.com")
    B39.cn("cn-163-notice-rate", "163", "office@partner.example.jp",
           "421 4.7.0 Too many connections from your IP, please try again later",
           "对方服务器连接数过多，投递超时", [E("4.7.0", "421", "toomanyconn")])
    B39.cn("cn-ali-notice-spam", "ali", "user@mail.ru",
           "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=abc123 "
           "or report details to abuse@corp.mail.ru. Error code: 8CE7A4A1", "对方认为邮件是垃圾邮件",
           [E("5.0.0", "550", "spamdetected")], dsn_status="5.0.0", remote="mxs.mail.ru")


def webmail():
    zoho_own("zoho-dmarc", "hr@client.example.com",
             "550 5.7.1 Email rejected per DMARC policy for firm.example.in", [E("5.7.1", "550", "authfailure")])
    M.pf("pf-zoho-unusual", "team@zoho.example", "mx.zoho.com", "204.141.33.44",
         "550 5.4.6 Unusual sending activity detected. Please try after sometime.",
         [E("5.4.6", "550", "speeding")])
    M.exim("exim-gmx-blacklist", "klaus.m@gmx.de", "mx00.emig.gmx.net", "212.227.15.9",
           ["554-gmx.net (mxgmx117) Nemesis ESMTP Service not available",
            "554-No SMTP service", "554-IP address is black listed.",
            "554 For explanation visit https://postmaster.gmx.net/en/error-messages?ip=192.0.2.100&c=bl"],
           [E("5.0.0", "554", "blocked")], cmd="MAIL FROM")
    M.pf("pf-webde-policy", "sabine.k@web.de", "mx-ha03.web.de", "212.227.17.8",
         ["554-Transaction failed",
          "554-Reject due to policy restrictions.",
          "554 For explanation visit https://postmaster.web.de/en/error-messages?ip=192.0.2.101&c=sp"],
         [E("5.0.0", "554", "policyviolation")], cmd="end of DATA")
    M.exim("exim-gmx-rate", "peter.s@gmx.net", "mx01.emig.gmx.net", "212.227.17.5",
           ["421-gmx.net (mxgmx012) Nemesis ESMTP Service not available",
            "421-Requested action aborted: try again later",
            "421 Too many messages in a short time; see https://postmaster.gmx.net/en/error-messages?ip=192.0.2.102&c=rl"],
           [E("4.0.0", "421", "speeding")], delay=True, cmd="MAIL FROM")
    M.sendmail("sm-mailru-discarded", "ivanov.p@mail.ru", "mxs.mail.ru", "94.100.180.31",
               "550 spam message discarded. If you think that the system is mistaken, please report details to "
               "abuse@corp.mail.ru", [E("5.0.0", "550", "spamdetected")], cmd="DATA")
    M.pf("pf-mailru-ratelimit", "smirnova@bk.ru", "mxs.mail.ru", "94.100.180.32",
         "421 4.7.0 Try again later: ratelimit exceeded for 192.0.2.103. Please visit https://help.mail.ru/mail/error/",
         [E("4.7.0", "421", "speeding")], delay=True)
    M.exo("exo-yandex-spam", "petrov@yandex.ru", "5.7.1",
          "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764403700-AbCdEfGh1-"
          "mxfront1.mail.yandex.net", [E("5.7.1", "554", "spamdetected")], remote="mx.yandex.ru")
    M.gmail("gm-yandex-rate", "sidorov@yandex.ru", "mx.yandex.ru", "77.88.21.249",
            "451 4.7.1 Sorry, the service is currently unavailable. Please come back later. 1764403800-XyZ12-"
            "mxfront5.mail.yandex.net", [E("4.7.1", "451", "blocked")], head="delay")
    M.pf("pf-orange-ofr-blocked", "jean.dupont@orange.fr", "smtp-in.orange.fr", "80.12.242.10",
         "550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_519 [519]",
         [E("5.7.1", "550", "blocked")])
    M.exim("exim-orange-too-many", "marie.l@wanadoo.fr", "smtp-in.orange.fr", "80.12.242.11",
           ["421 mwinf5c11 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, "
            "slow down. OFR005_104 [104]"], [E("4.0.0", "421", "toomanyconn")], delay=True, cmd="EHLO")
    M.pf("pf-comcast-bl", "rgreen@comcast.net", "mx1.comcast.net", "96.114.157.80",
         "554 resimta-po-08v.sys.comcast.net comcast 192.0.2.104 Comcast block for spam. Please see "
         "http://postmaster.comcast.net/smtp-error-codes.php#BL000000", [E("5.0.0", "554", "blocked")], greet=True)
    M.sendmail("sm-att-dnsbl", "bsmith@att.net", "al-ip4-mx-vip1.prodigy.net", "144.160.159.21",
               "553 5.3.0 flph829 DNSBL:RBL 521< 192.0.2.105 >_is_blocked.For assistance forward this email to "
               "abuse_rbl@abuse-att.net", [E("5.3.0", "553", "blocked")])
    M.pf("pf-cox-ib", "jdoe@cox.net", "cxr.mx.a.cox.net", "68.99.120.1",
         "554 cxr.mx.a.cox.net cox 192.0.2.106 rejected. IPBL1000 For more information, visit "
         "https://www.cox.com/residential/support/email-error-codes.html", [E("5.0.0", "554", "blocked")], greet=True)
    M.exim("exim-cox-conn", "msmith@cox.net", "cxr.mx.a.cox.net", "68.99.120.2",
           ["421 cxr.mx.a.cox.net cox too many connections from 192.0.2.107 - try again later"],
           [E("4.0.0", "421", "toomanyconn")], delay=True, cmd="EHLO")
    M.pf("pf-tonline-bl", "hans.w@t-online.de", "mx00.t-online.de", "194.25.134.8",
         "554 IP=192.0.2.108 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de "
         "to clarify.) (BL)", [E("5.0.0", "554", "blocked")], greet=True)
    M.exo("exo-tonline-de", "gabi.s@t-online.de", "4.4.7",
          "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.7.0 IP=192.0.2.109 - Zu viele Verbindungen / Too "
          "many connections (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)] "
          "[LastAttemptedServerName=mx01.t-online.de]", [E("4.4.7", "451", "expired")],
          why="The recipient's email system didn't respond in time.")


def throttling():
    M.pf("pf-postscreen-too-many", "bob@small.example.org", "mail.small.example.org", IP % 120,
         "421 4.7.0 mail.small.example.org Error: too many connections from 192.0.2.120",
         [E("4.7.0", "421", "toomanyconn")], delay=True, greet=True)
    M.exim("exim-too-many-concurrent", "sue@hosting.example.net", "mx.hosting.example.net", IP % 121,
           ["421 Too many concurrent SMTP connections; please try again later."],
           [E("4.0.0", "421", "toomanyconn")], delay=True, cmd="EHLO")
    M.pf("pf-rate-limited", "news@list.example.com", "mx.list.example.com", IP % 122,
         "450 4.7.1 <news@list.example.com>: Recipient address rejected: Rate limited, try again later",
         [E("4.7.1", "450", "speeding")], delay=True)
    M.sendmail("sm-try-slower", "q@queue.example.org", "mx.queue.example.org", IP % 123,
               "451 4.7.1 Please try again slower", [E("4.7.1", "451", "speeding")])
    M.exim("exim-ratelimit-exceeded", "a@b.example.net", "smtp.b.example.net", IP % 124,
           ["450 4.7.1 Message rate limit exceeded for 192.0.2.124 (100 messages per hour)"],
           [E("4.7.1", "450", "speeding")], delay=True, cmd="MAIL FROM")
    M.pf("pf-try-again-later", "c@d.example.com", "mx.d.example.com", IP % 125,
         "421 4.7.0 Try again later", [E("4.7.0", "421", "blocked")], delay=True)
    M.gmail("gm-too-many-conn", "e@f.example.org", "mx.f.example.org", IP % 126,
            "421 4.7.0 Too many connections from 209.85.220.41, please try later", [E("4.7.0", "421", "toomanyconn")],
            head="delay")
    M.exo("exo-rate-recipients", "g@h.example.net", "4.7.1",
          "452 4.7.1 Too many recipients received this hour; please try again later",
          [E("4.7.1", "452", "speeding")], remote="mx.h.example.net")
    M.qmail("qm-rate-throttled", "i@j.example.com", IP % 127,
            "451 4.7.1 You are being throttled: too many messages per minute from 192.0.2.127",
            [E("4.7.1", "451", "speeding")])
    M.pf("pf-greylisted", "k@l.example.org", "mx.l.example.org", IP % 128,
         "450 4.2.0 <k@l.example.org>: Recipient address rejected: Greylisted, see "
         "http://postgrey.schweikert.ch/help/l.example.org.html", [E("4.2.0", "450", "blocked")], delay=True)


def expired():
    """The same refusals given up after the retries: a final report with a
    4.x.x status."""
    M.pf("pf-expired-tss04", "nora_k@yahoo.com", "mta5.am0.yahoodns.net", "67.195.228.110",
         "421 4.7.0 [TSS04] Messages from 192.0.2.130 temporarily deferred due to unexpected volume or user "
         "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
         [E("4.7.0", "421", "blocked")], cmd="MAIL FROM")
    M.pf("pf-expired-gmail-rate", "paul.r@gmail.com", GM, GMIP,
         ["421-4.7.28 Gmail has detected an unusual rate of mail originating from your",
          "421-4.7.28 DKIM domain [letters.example.net 28]. To protect our users from",
          "421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.",
          "421 4.7.28 For more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError "
          "l3si234561wrm.9 - gsmtp"], [E("4.7.28", "421", "blocked")], cmd="end of DATA")
    M.exim("exim-expired-conn", "u@v.example.com", "mx.v.example.com", IP % 131,
           ["421 4.7.0 Too many connections from 192.0.2.131: retry timeout exceeded"],
           [E("4.7.0", "421", "toomanyconn")], with_dsn=True, cmd="EHLO")
    M.exo("exo-expired-server-busy", "w@x.example.org", "4.4.7",
          "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.7.500 Server busy. Please try again later from "
          "[40.107.22.56]. (S77714)] [LastAttemptedServerName=x-example-org.mail.protection.outlook.com]",
          [E("4.4.7", "451", "expired")], why="The recipient's email system didn't respond in time.")
    M.pf("pf-expired-ratelimit", "y@z.example.net", "mx.z.example.net", IP % 132,
         "451 4.7.1 Rate limit exceeded, try again later", [E("4.7.1", "451", "speeding")])
    M.sendmail("sm-expired-163", "sun_l@163.com", "163mx01.mxmail.netease.com", "220.181.12.13",
               "451 MI:SFQ 163 mx14,Q8CowAC3ZxZlBhpp8ewAAA--.4512S2 1764403900, please try again after 15 minutes",
               [E("4.0.0", "451", "speeding")])


# Labels changed before the first run of mailfix, after Sisimai 5.3.0 and
# 4.25.15 read the set (README.md, "Cross-check"): file -> (status, reply,
# reason).
RELABEL = {
    "exim-163-rp-dbl": ("5.0.901", "554", "onhold"),
    "exim-cloudmark": ("5.7.1", "550", "badreputation"),
    "exim-cox-conn": ("4.0.971", "421", "blocked"),
    "exim-orange-too-many": ("4.0.971", "421", "blocked"),
    "exim-too-many-concurrent": ("4.0.971", "421", "blocked"),
    "exim-css-dsn": ("5.7.1", "550", "blocked"),
    "exim-expired-conn": ("4.7.0", "421", "blocked"),
    "exim-gmail-ip-reputation": ("4.0.947", "421", "badreputation"),
    "qm-gmail-domain-reputation": ("4.7.0", "421", "badreputation"),
    "exim-gmx-blacklist": ("5.0.901", "554", "blocked"),
    "exim-gmx-rate": ("4.0.901", "421", "speeding"),
    "exim-uceprotect-l3": ("5.0.901", "550", "blocked"),
    "exim-icloud-hm08": ("5.7.0", "550", "policyviolation"),
    "pf-icloud-cs01": ("5.7.1", "554", "policyviolation"),
    "exim-o365-server-busy": ("4.7.500", "451", "systemerror"),
    "exim-qq-ip-frequency": ("5.0.901", "550", "toomanyconn"),
    "gm-qq-conn-frequency": ("4.0.0", "421", "toomanyconn"),
    "exim-ratelimit-exceeded": ("4.7.1", "450", "blocked"),
    "pf-rate-limited": ("4.7.1", "450", "blocked"),
    "pf-expired-ratelimit": ("4.7.1", "451", "blocked"),
    "qm-rate-throttled": ("4.7.1", "451", "blocked"),
    "exo-rate-recipients": ("4.7.1", "452", "toomanyconn"),
    "exim-yahoo-tss09": ("5.7.2", "553", "rejected"),
    "pf-yahoo-tss04": ("4.7.0", "421", "rejected"),
    "pf-expired-tss04": ("4.7.0", "421", "rejected"),
    "pf-aol-complaints": ("4.7.0", "421", "rejected"),
    "exo-o365-outbound-spam": ("5.7.705", "550", "speeding"),
    "exo-o365-traffic-ip": ("5.7.708", "550", "speeding"),
    "pf-163-mi-sfq": ("4.0.0", "450", "expired"),
    "sm-expired-163": ("4.0.0", "451", "onhold"),
    "sm-163-rp-qrc": ("5.0.0", "550", "spamdetected"),
    "pf-163-hl-ifc": ("4.0.0", "421", "spamdetected"),
    "pf-comcast-bl": ("5.0.0", "554", "spamdetected"),
    "pf-gmail-not-authorized": ("5.7.1", "550", "norelaying"),
    "pf-greylisted": ("4.2.0", "450", "expired"),
    "pf-try-again-later": ("4.7.0", "421", "expired"),
    "pf-icloud-rate": ("4.7.0", "421", "expired"),
    "pf-hotmail-ratelimit": ("4.7.650", "451", "badreputation"),
    "pf-zoho-unusual": ("5.4.6", "550", "onhold"),
    "sm-mimecast-ip-reputation": ("5.0.0", "550", "badreputation"),
    "sm-sorbs-spam": ("5.3.0", "553", "spamdetected"),
}


def relabel():
    for k, (name, engine, msg, exp) in enumerate(M.SETS):
        new = RELABEL.get(name[:-4])
        if new:
            M.SETS[k] = (name, engine, msg, [E(*new)])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for f in (spamhaus, lists, microsoft, google, yahoo_aol_apple, gateways, chinese, webmail, throttling, expired):
        f()
    relabel()
    write_set(out, M.SETS)


if __name__ == "__main__":
    main()
