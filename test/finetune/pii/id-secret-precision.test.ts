import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks of the ID and secret rules on ordinary text (issue 13: READMEs, a page's raw markup), each with the
 * value the rule must still take (a look-alike: expected === input).
 */
describeMaskingClasses("ID and secret rules on code, markup and READMEs", {
  "a secret's or an ID's value is never program text: a markup tag, a call, an index, an environment's lookup, a URL": [
    ["<tr><th>合言葉</th></tr><tr><td>-</td></tr>", "<tr><th>合言葉</th></tr><tr><td>-</td></tr>"],
    ["const PASSWORD = env.get('DB_PASSWORD')", "const PASSWORD = env.get('DB_PASSWORD')"],
    ["const pathKey = require('path-key');", "const pathKey = require('path-key');"],
    ["apiKey: process.env['OPENAI_API_KEY'],", "apiKey: process.env['OPENAI_API_KEY'],"],
    ["webhookSecret: process.env.WEBHOOK_SECRET,", "webhookSecret: process.env.WEBHOOK_SECRET,"],
    ["password: faker.internet.password(),", "password: faker.internet.password(),"],
    ["userId: faker.string.uuid(),", "userId: faker.string.uuid(),"],
    ["[`:password`](https://api.jquery.com/password-selector)", "[`:password`](https://api.jquery.com/password-selector)"],
    ["パスワードは Abc(123x です", "パスワードは [SECRET] です"],
    ["ログインID: ishii.r (営業)", "ログインID: [PERSONAL_ID] (営業)"],
    ["Wi-Fi パスワード hanamizuki2027（当日お伝えします）", "Wi-Fi パスワード [SECRET]（当日お伝えします）"],
    ["ログインID：ishii.r（営業）", "ログインID：[PERSONAL_ID]（営業）"],
  ],
  "a key's value in quotes is masked without them, a placeholder word in quotes is none": [
    ["config = { apiKey: 'Xk9#mQ2p' }", "config = { apiKey: '[SECRET]' }"],
    ["db.data = { key: 'value' }", "db.data = { key: 'value' }"],
  ],
  "an encoding's, a hash's or a cipher's name is no password": [
    ["// Decode DB_PASSWORD from base64 to a utf8 string", "// Decode DB_PASSWORD from base64 to a utf8 string"],
    ["パスワードは base64 で保存します", "パスワードは base64 で保存します"],
    ["パスワードは base64x9 です", "パスワードは [SECRET] です"],
  ],
  "a placeholder's home folder is no one's login": [
    ['parser.write("someone:x:1022:1022::/home/someone:/bin/bash");', 'parser.write("someone:x:1022:1022::/home/someone:/bin/bash");'],
    ["ls /Users/foo/Library", "ls /Users/foo/Library"],
    ["cd /home/tkato/.ssh", "cd /home/[PERSONAL_ID]/.ssh"],
  ],
  "an account a page asks its readers to follow": [
    ["- Maria Lopez ([@mlopez_dev](https://twitter.com/mlopez_dev)) - [Acme](https://acme.example)", "- [PERSON] ([@mlopez_dev](https://twitter.com/mlopez_dev)) - [Acme](https://acme.example)"],
    ["[![X Follow](https://img.shields.io/twitter/follow/kdev)](https://x.com/kdev_jp)", "[![X Follow](https://img.shields.io/twitter/follow/kdev)](https://x.com/kdev_jp)"],
    ['[![avatar](https://example.com/a.png)](https://twitter.com/kdev "Follow @kdev on Twitter")', '[![avatar](https://example.com/a.png)](https://twitter.com/kdev "Follow @kdev on Twitter")'],
    ["my insta is instagram.com/hana_k22", "my insta is instagram.com/[PERSONAL_ID]"],
    ["[Hana](https://instagram.com/hana_k22)", "[Hana](https://instagram.com/[PERSONAL_ID])"],
  ],
});
