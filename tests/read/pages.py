"""Documents the reader tests write themselves: web pages around a roundup or a disclosure header."""

from __future__ import annotations

import html

from graph.resources import SOURCES_DIR

ROUNDUP_LINES = [line for line in (SOURCES_DIR / "2021-roundup.txt").read_text(encoding="utf-8").splitlines()[2:]
                 if line.strip() and line.strip() not in ("热文推荐", "相关推荐")]
"""The bundled roundup's paragraphs, without its title, date and the 热文推荐/相关推荐 tail."""
URL = "https://www.example.cn/news/2021-roundup.html"
NOISE_TITLES = ("某某市电子合同管理办法", "电子签章选购指南", "电子印章管理规范")


def roundup_page(charset: str = "utf-8") -> str:
    """The bundled roundup as a news site would serve it: navigation, an advert, a share bar and
    related-article lists naming other 《documents》 around the article."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in ROUNDUP_LINES)
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}">
<title>2021年全国电子签名、电子签章推广政策全面盘点 - 某某网</title>
<meta property="og:title" content="2021年全国电子签名、电子签章推广政策全面盘点">
<meta property="article:published_time" content="2021-12-31T10:00:00+08:00">
<link rel="canonical" href="{URL}"></head>
<body><header><nav><a href="/">首页</a> <a href="/news">新闻</a> <a href="/policy">政策法规</a></nav></header>
<div class="ad-banner"><a href="/buy">限时优惠《{NOISE_TITLES[1]}》</a></div>
<main><article><h1>2021年全国电子签名、电子签章推广政策全面盘点</h1>
<div class="share-bar">分享到：<a>微信</a> <a>微博</a></div>
{body}
</article></main>
<aside class="related"><h3>热文推荐</h3><ul><li><a href="/x1">《{NOISE_TITLES[0]}》全文解读</a></li>
<li><a href="/x2">《{NOISE_TITLES[2]}》发布</a></li></ul><h3>相关推荐</h3><ul><li><a href="/x3">2020年电子签名盘点</a></li></ul></aside>
<footer>版权所有 © 某某网</footer></body></html>"""


def disclosure_page(title: str, agency: str, written: str, number: str, published: str, body: list[str]) -> str:
    """A 政府信息公开 page: the header table above the document's full text."""
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}_政府信息公开</title></head>
<body><div class="crumbs"><a href="/">首页</a> &gt; <a href="/xxgk">政府信息公开</a></div>
<table class="xxgk-header">
<tr><td><b>索 引 号：</b></td><td>000014349/2022-00013</td><td><b>主题分类：</b></td><td>综合政务\\其他</td></tr>
<tr><td><b>发文机关：</b></td><td>{html.escape(agency)}</td><td><b>成文日期：</b></td><td>{written}</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">{html.escape(title)}</td></tr>
<tr><td><b>发文字号：</b></td><td>{html.escape(number)}</td><td><b>发布日期：</b></td><td>{published}</td></tr>
</table>
<div class="article"><h1>{html.escape(title)}</h1>
{paragraphs}
</div>
<div class="share">分享到：微信</div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/r">《{NOISE_TITLES[0]}》</a></li></ul></div></body></html>"""
