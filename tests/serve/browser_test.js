// browser_test.js: drives the page of `mailfix serve` in headless Chromium
// (playwright-core, Debian chromium).  Started by browser_test.sh.
//   node browser_test.js MAILFIX OUT_DIR CHROMIUM
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const [mailfix, outDir, chromiumPath] = process.argv.slice(2);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DSN = [
  'From: MAILER-DAEMON@mx.example.com', 'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
  '--B', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
  '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '',
  'Final-Recipient: rfc822; nobody@example.org', 'Action: failed', 'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown', '',
  '--B--', ''].join('\n');
const fails = [];
let passes = 0;
function check(cond, what) {
  if (cond) passes++;
  else { fails.push(what); console.log('FAIL ' + what); }
}

function startServer(extra = []) {
  return new Promise((resolve, reject) => {
    const env = Object.assign({}, process.env);
    for (const k of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']) delete env[k];
    const p = spawn(mailfix, ['serve', '--listen', '127.0.0.1:0'].concat(extra), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    const timer = setTimeout(() => reject(new Error('mailfix serve did not start: ' + err)), 20000);
    p.stderr.on('data', (d) => { err += d; });
    p.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve({ proc: p, url: 'http://127.0.0.1:' + m[1] + '/', stderr: () => err }); }
    });
    p.on('exit', (code) => reject(new Error('mailfix serve exited ' + code + ': ' + err)));
  });
}

// `allowed`: console errors the test provokes on purpose (the browser logs
// a refused request itself), matched by this pattern.
async function withBrowser(locale, viewport, fn, allowed = null) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mfchrome-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, args: ARGS, locale, viewport,
    proxy: undefined, timeout: 60000
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    page.setDefaultTimeout(20000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !(allowed && allowed.test(m.text()))) errors.push(m.text());
    });
    await fn(page, ctx);
    check(errors.length === 0, locale + ': no script or console errors: ' + errors.join(' | '));
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function readAnswer(page) {
  await page.waitForSelector('#answer:not([hidden])');
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    path: document.getElementById('r-path').dataset.path,
    cause: document.getElementById('r-cause').dataset.cause,
    side: document.getElementById('r-side').dataset.side,
    confidence: document.getElementById('r-confidence').textContent,
    marks: [...document.querySelectorAll('#r-evidence mark')].map((m) => m.textContent),
    evidenceText: document.getElementById('r-evidence').textContent,
    steps: [...document.querySelectorAll('#r-steps li')].map((l) => l.textContent),
    mentions: document.getElementById('r-mentions-box').hidden ? [] :
      [...document.querySelectorAll('#r-mentions li')].map((l) => l.textContent),
    limitations: [...document.querySelectorAll('#r-limitations li')].map((l) => l.textContent),
    json: document.getElementById('r-json').textContent
  }));
}

async function accessibility(page, who) {
  const a11y = await page.evaluate(() => {
    const unlabeled = [...document.querySelectorAll('input, textarea, select')]
      .filter((el) => !el.labels || el.labels.length === 0).map((el) => el.id);
    const nameless = [...document.querySelectorAll('button')]
      .filter((b) => !b.textContent.trim() && !b.getAttribute('aria-label')).length;
    return { unlabeled, nameless, live: !!document.querySelector('[aria-live]'),
      alert: !!document.querySelector('[role=alert]') };
  });
  check(a11y.unlabeled.length === 0, who + ': every field has a label: ' + a11y.unlabeled);
  check(a11y.nameless === 0, who + ': every button has a name');
  check(a11y.live && a11y.alert, who + ': answers and errors are announced');
}

async function main() {
  const srv = await startServer(['--no-check']);
  try {
    // English: browser in English, typed problem, button click.
    const en = 'Hi, my mail bounced: 550 5.7.1 SPF check failed for example.com';
    await withBrowser('en-US', { width: 1280, height: 900 }, async (page, ctx) => {
      await page.goto(srv.url);
      check(await page.inputValue('#lang') === 'en', 'en: the language follows the browser (en)');
      check((await page.textContent('label[for=query]')).includes('Paste'), 'en: English labels');
      await accessibility(page, 'en');
      // An empty query is refused by the page itself, with a message.
      await page.click('#go');
      check(await page.isVisible('#error'), 'en: an empty query shows an error');
      await page.fill('#query', en);
      await page.click('#go');
      const a = await readAnswer(page);
      check(a.path === 'email-delivery' && a.cause === 'spf-fail' && a.side === 'sender',
        'en: path/cause/side read from the page: ' + JSON.stringify([a.path, a.cause, a.side]));
      check(a.marks.includes('550 5.7.1') && a.marks.some((m) => m.includes('SPF check failed')),
        'en: the evidence is highlighted: ' + JSON.stringify(a.marks));
      check(a.evidenceText === en, 'en: the highlighted text is the pasted text, unchanged');
      check(a.mentions.length === 0, 'en: nothing named, no "Named in the text": ' + JSON.stringify(a.mentions));
      check(a.steps.length >= 1 && a.limitations.length >= 1, 'en: steps and limitations are listed');
      check(/^\d+%$/.test(a.confidence), 'en: the confidence is shown: ' + a.confidence);
      check(JSON.parse(a.json).cause === 'spf-fail', 'en: the JSON view holds the answer');
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url.replace(/\/$/, '') });
      await page.click('#copy');
      await page.waitForFunction(() => document.getElementById('copied').textContent !== '');
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      let copied = null;
      try { copied = JSON.parse(clip); } catch (e) { copied = null; }
      check(copied && copied.cause === 'spf-fail', 'en: Copy as JSON puts the answer on the clipboard');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(outDir, 'page-en.png'), fullPage: true });
      // A server the user names: what it is, in "Named in the text".
      await page.fill('#query', 'Foxmail: outgoing server smtp.aliyun.com, port 465, and nothing sends');
      await page.click('#go');
      await page.waitForFunction(() => !document.getElementById('r-mentions-box').hidden);
      const h = await readAnswer(page);
      check(h.mentions.some((m) => m.startsWith('host smtp.aliyun.com: ') && m.includes('smtp.qiye.aliyun.com')),
        'en: a named host is listed with what it is: ' + JSON.stringify(h.mentions));
      // A whole bounce message: the recipients are explained too.
      await page.fill('#query', DSN);
      await page.click('#go');
      await page.waitForSelector('#r-bounces-box:not([hidden])');
      const b = await page.evaluate(() => [...document.querySelectorAll('#r-bounces li')].map((li) => ({
        text: li.textContent, reason: li.querySelector('.bounce-facts').dataset.reason })));
      check(b.length === 1 && b[0].text.includes('nobody@example.org') && b[0].reason === 'userunknown'
        && b[0].text.includes('5.1.1'), 'en: a pasted bounce lists its recipient: ' + JSON.stringify(b));
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(outDir, 'page-bounce.png'), fullPage: true });
      // Switching the language asks again and shows Chinese steps.
      await page.selectOption('#lang', 'zh');
      await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('#r-steps li').textContent));
      check(await page.getAttribute('html', 'lang') === 'zh-CN', 'en: switching to 中文 changes the page language');
    });

    // Chinese: browser in Chinese, on a phone screen, sent with the keyboard
    // (Ctrl+Enter); an emoji before the evidence checks the byte offsets.
    const zh = '😀 登录网页邮箱提示 AccountDisabled，但我并没有离职啊';
    await withBrowser('zh-CN', { width: 390, height: 844 }, async (page) => {
      await page.goto(srv.url);
      check(await page.inputValue('#lang') === 'zh', 'zh: the language follows the browser (zh)');
      check((await page.textContent('#go')).trim() === '诊断', 'zh: Chinese labels');
      await accessibility(page, 'zh');
      await page.focus('#query');
      await page.keyboard.insertText(zh);
      await page.keyboard.press('Control+Enter');
      const a = await readAnswer(page);
      check(a.path === 'service' && a.side === 'account' && a.cause === 'account-disabled',
        'zh: path/cause/side read from the page: ' + JSON.stringify([a.path, a.cause, a.side]));
      check(a.marks.includes('AccountDisabled'), 'zh: the evidence lands on the right characters: ' + JSON.stringify(a.marks));
      check(a.evidenceText === zh, 'zh: the highlighted text is the pasted text, unchanged');
      check(a.steps.length >= 1 && /[\u4e00-\u9fff]/.test(a.steps.join('')), 'zh: the steps are in Chinese');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      check(width <= 390, 'zh: nothing wider than a phone screen: ' + width + 'px');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(outDir, 'page-zh-phone.png'), fullPage: true });
    });

    // Traditional Chinese: a browser in zh-TW gets the traditional page, and
    // a query written in traditional characters gets traditional steps.
    const hant = '我的帳號被凍結了，現在寄信和登入都失敗';
    await withBrowser('zh-TW', { width: 1280, height: 900 }, async (page) => {
      await page.goto(srv.url);
      check(await page.inputValue('#lang') === 'zh-Hant', 'zh-Hant: the language follows the browser (zh-TW)');
      check((await page.textContent('#go')).trim() === '診斷', 'zh-Hant: traditional labels');
      check(await page.getAttribute('html', 'lang') === 'zh-Hant', 'zh-Hant: the page language is zh-Hant');
      await page.fill('#query', hant);
      await page.click('#go');
      const a = await readAnswer(page);
      check(a.cause === 'account-frozen' && a.side === 'account',
        'zh-Hant: path/cause/side read from the page: ' + JSON.stringify([a.path, a.cause, a.side]));
      check(/凍結/.test(await page.textContent('#r-title')), 'zh-Hant: the title is in traditional characters');
      check(!/[冻结账]/.test(a.steps.join('')) && /[帳賬]號|管理員/.test(a.steps.join('')),
        'zh-Hant: the steps are in traditional characters: ' + a.steps.join(' | ').slice(0, 120));
    });
    // The sender's domain given: this server does not look up DNS, and says so.
    await withBrowser('en-US', { width: 1280, height: 900 }, async (page) => {
      await page.goto(srv.url);
      await page.fill('#query', en);
      await page.fill('#domain', 'ex.test');
      await page.click('#go');
      await readAnswer(page);
      await page.waitForSelector('#r-dns-box:not([hidden])');
      check(/--no-check/.test(await page.textContent('#r-dns-note')),
        'dns off: the page says the server does not look up DNS');
    }, /status of 403/);
  } finally {
    srv.proc.kill('SIGTERM');
  }
  const code = await new Promise((r) => srv.proc.on('exit', (c) => r(c)));
  check(code === 0, 'mailfix serve exits 0 on SIGTERM: ' + code);

  // A server that looks up DNS (from a zone file): the SPF answer is
  // proved by the domain's record, which lacks the provider's include.
  const zone = path.join(outDir, 'check.zone');
  fs.writeFileSync(zone, ['ex.test. 300 IN MX 5 mx1.qiye.aliyun.com.',
    'ex.test. 300 IN TXT "v=spf1 include:_spf.google.com -all"',
    '_spf.google.com. 300 IN TXT "v=spf1 ip4:35.190.247.0/24 ~all"',
    '_dmarc.ex.test. 300 IN TXT "v=DMARC1; p=reject"', ''].join('\n'));
  const srv2 = await startServer(['--zone', zone]);
  try {
    await withBrowser('en-US', { width: 1280, height: 900 }, async (page) => {
      await page.goto(srv2.url);
      await page.fill('#query', 'Hi, my mail bounced: 550 5.7.1 SPF check failed for ex.test');
      await page.fill('#domain', 'ex.test');
      await page.click('#go');
      await readAnswer(page);
      await page.waitForSelector('#r-dns-box:not([hidden])');
      const found = await page.evaluate(() => [...document.querySelectorAll('#r-dns li')]
        .map((li) => [li.dataset.finding, li.textContent]));
      check(found.length >= 1 && found[0][0] === 'spf.provider-missing' &&
        found[0][1].includes('TXT ex.test = v=spf1 include:spf.qiye.aliyun.com include:_spf.google.com -all'),
        'dns: the SPF finding comes first, with the record to publish: ' + JSON.stringify(found).slice(0, 300));
      check(!found.some((f) => f[0] === 'webmail.cname-missing'),
        'dns: only the findings on the answer\'s path are shown');
      await page.screenshot({ path: path.join(outDir, 'page-en-dns.png'), fullPage: true });
    });
  } finally {
    srv2.proc.kill('SIGTERM');
  }
  await new Promise((r) => srv2.proc.on('exit', () => r()));
  console.log(passes + ' passed, ' + fails.length + ' failed; screenshots in ' + outDir);
  process.exit(fails.length || !passes ? 1 : 0);
}

main().catch((e) => { console.log('FAIL ' + (e && e.stack || e)); process.exit(1); });
