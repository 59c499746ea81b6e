#!/usr/bin/env python3
"""Two more WeChat-article pages (公众号 styles other than blind9_h2023wechat's), to confirm that a rule
found on that page is no one page's: made from that page (make_pages_blind9.py writes it) by
restyling it as two other accounts do, the agency renamed and every table value scaled (the rows'
sums hold), with NAME.truth.json for blind.py.

  make_pages_wechat_own.py BLIND9_DIR OUT_DIR

- wechat_own1: a county 人社 account: a header image (alt text), each badge (01) and its title two
  <span>s in one <section> (one line), each table in two nested <section>s, the values in <strong>,
  values ×3;
- wechat_own2: a 卫健 account: the badge a large number in a <section> of its own over the title in
  another, each cell's text a <p> (numbers in <strong>), a 'read more' image, values ×2."""
import json
import os
import re
import sys

BADGE = re.compile(r'<section style="display:flex;align-items:center;margin:24px 0 12px"><section style="[^"]*">'
                   r'<span leaf="">(0\d)</span></section><section style="[^"]*"><span leaf="">([^<]*)</span>'
                   r'</section></section>')
VALUE = re.compile(r'<section style="text-align:center;line-height:1.5"><span leaf="" style="font-size:12px;">(\d+)</span></section>')


def restyle(src, agency, account, k, badge, value, wrap_table, head, tail):
    s = src.replace('江西省赣阳市医疗保障局', agency[0]).replace('赣阳市医疗保障局', agency[1])
    s = s.replace('赣阳医保', account).replace('江西', agency[2])
    s = BADGE.sub(lambda m: badge(m.group(1), m.group(2)), s)
    s = VALUE.sub(lambda m: value(int(m.group(1)) * k), s)
    opened = wrap_table.count('<section')  # in place of the page's one wrapper
    s = s.replace('<section style="overflow-x:auto;max-width:100%;box-sizing:border-box"><table',
                  wrap_table + '<table').replace('</table></section>', '</table>' + '</section>' * opened)
    s = s.replace('<section style="margin:0 8px;font-size:15px;letter-spacing:1px">',
                  '<section style="margin:0 8px;font-size:15px;letter-spacing:1px">' + head, 1)
    return s.replace('<div class="rich_media_extra">', tail + '<div class="rich_media_extra">')


def main():
    src_dir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(src_dir, 'blind9_h2023wechat.html'), encoding='utf-8') as f:
        src = f.read()
    with open(os.path.join(src_dir, 'blind9_h2023wechat.truth.json'), encoding='utf-8') as f:
        truth = json.load(f)
    pages = {
        'wechat_own1': dict(
            agency=('湖南省澧阳县人力资源和社会保障局', '澧阳县人力资源和社会保障局', '湖南'), account='澧阳人社', k=3,
            badge=lambda n, t: ('<section style="margin:20px 0 10px"><span style="display:inline-block;background:#c41e1e;'
                                f'color:#fff;font-weight:bold;padding:0 6px">{n}</span><span style="color:#c41e1e;'
                                f'font-weight:bold;font-size:17px;margin-left:6px">{t}</span></section>'),
            value=lambda v: f'<section style="text-align:center"><span style="font-size:13px"><strong>{v}</strong></span></section>',
            wrap_table='<section style="margin:10px 0"><section style="overflow-x:auto">',
            head='<section style="text-align:center"><img src="data:image/png;base64," alt="澧阳人社 政务公开"></section>',
            tail='<p><img src="data:image/png;base64," alt="长按识别二维码关注我们"></p>'),
        'wechat_own2': dict(
            agency=('四川省岷江市卫生健康委员会', '岷江市卫生健康委员会', '四川'), account='健康岷江', k=2,
            badge=lambda n, t: ('<section style="text-align:center;margin:28px 0 8px"><section style="font-size:28px;'
                                f'color:#0a7d3b;font-weight:bold;line-height:1"><span>{n}</span></section><section '
                                'style="border-top:1px solid #0a7d3b;padding-top:4px"><span style="font-size:16px;'
                                f'color:#0a7d3b">{t}</span></section></section>'),
            value=lambda v: f'<p style="text-align:center;margin:0"><strong><span style="font-size:12px">{v}</span></strong></p>',
            wrap_table='<section style="overflow-x:auto;max-width:100%;box-sizing:border-box">',
            head='<p style="text-align:center"><img src="data:image/png;base64," alt="图片"></p>',
            tail='<p style="text-align:center"><img src="data:image/png;base64," alt="阅读原文"></p>'),
    }
    for name, p in pages.items():
        k = p.pop('k')
        html = restyle(src, k=k, **p)
        with open(os.path.join(out, name + '.html'), 'w', encoding='utf-8') as f:
            f.write(html)
        t = dict(truth, cells={key: v * k for key, v in truth['cells'].items()})
        with open(os.path.join(out, name + '.truth.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, ensure_ascii=False, indent=0)


if __name__ == '__main__':
    main()
