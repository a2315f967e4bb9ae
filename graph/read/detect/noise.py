"""Lines that are not content: source footers and editor's notes (kept as the source's
description), navigation and ads, and the heading of a related-articles tail, after which the
page lists other articles, not items."""

from __future__ import annotations

import re

from graph.patterns.markers import ACTION_RE

# An editor's opening or closing words (编者按, 写在最后, 结语) are the page's, not the item's above them.
# An editor's aside in a WeChat article (💡 小编碎碎念：, 小编提醒：) is one too, after the emoji that marks it.
FOOTER_RE = re.compile(r"^\s*(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)?"
                       r"(?:来源|责任编辑|编辑|声明|免责声明|原标题|版权|本文|作者|审核|编者按|编者注|按"
                       r"|写在最后|结语|结束语|编后语?|编后记|后记|小编[\u4e00-\u9fff]{0,4})\s*[:：]")
_NAVIGATION_RE = re.compile(
    r"^\s*(?:首页|当前位置|您的位置|您现在的位置|位置)\s*[:：>›»〉/]|(?:\S\s*[>›»〉]\s*){2,}\S*\s*$"
    r"|^\s*(?:上一篇|下一篇|返回顶部|返回列表|返回首页|打印本页|关闭窗口|分享到|\[?打印\]?|\[?关闭\]?)\s*[:：]?"
    r"|上一页.*下一页|^\s*共\s*\d+\s*(?:条|页|篇|项)")  # a pager: 共5条 首页 上一页 1 下一页 尾页
_AD_RE = re.compile(r"^\s*(?:服务热线|联系我们|联系人|联系电话|联系方式|地址)\s*[:：]|扫码|扫一扫|长按(?:识别|二维码)|关注(?:我们|公众号)|免费(?:试用|咨询|体验|领取)|咨询热线|客服电话"
                    r"|立即(?:咨询|体验|试用|注册|下载)|系统自动发送|请勿直接回复|^\s*©|点击(?:这里|此处|查看|阅读|了解|下载)|阅读原文|版权所有")
_TAIL_RE = re.compile(
    r"^\s*[\[#*|\u2500-\u257f]*\s*(?:热文推荐|相关推荐|相关阅读|相关文章|相关新闻|推荐阅读|延伸阅读|猜你喜欢|往期回顾|往期推荐|精彩推荐"
    r"|热门文章|最新文章|更多阅读)\s*[\]*|\u2500-\u257f]*\s*[:：]?\s*$")
# 一、甲办法 ……… 3, 第二章 总则 ··· 12, 甲办法……（15）: a table-of-contents entry, its title led by dots to
# its page number;
# 目录 / 目 录 / 目次: the table's own heading.
_CONTENTS_RE = re.compile(r"(?:…+|(?:[.·・．]\s?){3,})\s*(?:\d{1,4}|\(\s*\d{1,4}\s*\))\s*$|^\s*目\s*(?:录|次)\s*$")
_SEPARATOR_RE = re.compile(r"^\s*[-—–_=*~─━═·.]{3,}\s*$")
_TAIL_MAX = 20
_AD_MAX = 60  # an ad or navigation line is short; a long line with one of these words is content


def footer(norm: str) -> bool:
    """来源：…, 责任编辑：…, 编者按：…, 写在最后：…: said about the source, kept as its description."""
    return FOOTER_RE.match(norm) is not None


# - 研究组意见：…, 点评：…: a compiler's remark on the entry above, in a bullet of its own.
_REMARK_RE = re.compile(r"^\s*(?:[-*+•·]\s*)?[\u4e00-\u9fff]{0,5}?(?:意见|点评|评注|备注|短评)\s*[:：]")


def remark(norm: str) -> bool:
    """A compiler's remark (研究组意见：该法是上位法…) naming no issuance: said about the entry, kept as
    the source's description, no part of the entry and no item."""
    return (("见" in norm or "评" in norm or "注" in norm) and _REMARK_RE.match(norm) is not None
            and ACTION_RE.search(norm) is None)


_NUMERAL = r"[一二三四五六七八九十百零〇\d]+"
# 《甲法》第十四条：…, 《乙法》第三条第二款: the words of a law's article quoted (a blog's blockquote).
_QUOTED_ARTICLE_RE = re.compile(rf"^\s*《[^《》]{{2,40}}》\s*第{_NUMERAL}条(?:第{_NUMERAL}款)?\s*[:：]")


def quoted_article(norm: str) -> bool:
    """The words of a law's article quoted after its title and number: a citation of that law, which
    the article's text explains, no item (the law's own making is told elsewhere, if at all)."""
    return norm.lstrip()[:1] == "《" and _QUOTED_ARTICLE_RE.match(norm) is not None


# · 41 ·, - 12 -, 第3页, and a running header before its page number (甲文件选编      · 42 ·): a printed page's frame.
_PAGE_RE = re.compile(r"(?:^|\s{2,})(?:[·•\-—–]\s*\d{1,4}\s*[·•\-—–]|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?)\s*$")


def chrome(norm: str) -> bool:
    """Navigation (首页 > 政策 > …, its > folded to 〉; 上一篇：…), an advert (扫码关注, 免费试用) or a printed
    page's number and running header: skipped."""
    if len(norm) > _AD_MAX or "《" in norm:
        return False
    return (_NAVIGATION_RE.search(norm) is not None or _AD_RE.search(norm) is not None
            or (norm.rstrip()[-1:] in "·•-—–页" and _PAGE_RE.search(norm) is not None))


def contents(norm: str) -> bool:
    """A table of contents' heading or entry (甲办法 ……… 3): the document it lists comes later in
    the body, so the entry is no item."""
    return _CONTENTS_RE.search(norm) is not None


def separator(norm: str) -> bool:
    """——————, ======, ****: a rule between the articles of a page; what follows is another one."""
    return _SEPARATOR_RE.match(norm) is not None


_HEADLINE_MAX = 40
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def headline(norm: str) -> bool:
    """A short line that is no sentence (最高法发布《人民法院在线诉讼规则》, 普陀区推进电子公文归档试点):
    an article's headline, which its first paragraph tells in full."""
    return len(norm) <= _HEADLINE_MAX and _SENTENCE_END.search(norm) is None


_BRACKETED_RE = re.compile(r"^\s*[\[【]([^\[\]【】]+)[\]】]\s*$")  # 【】 normalized to []


def bracketed_headline(norm: str) -> bool:
    """【合肥：电子劳动合同纳入考核】: a headline in brackets, as a news column sets each brief's."""
    m = _BRACKETED_RE.match(norm)
    return m is not None and headline(m.group(1))


# 相关阅读：往期合集 | 案例专题: the heading with the articles it lists on its line.
_TAIL_LIST_RE = re.compile(_TAIL_RE.pattern.removesuffix(r"\s*[:：]?\s*$") + r"\s*[:：][^。！？!?；;《]+$")


# ## 3. 下一步建议, 四、工作建议: a memo's closing section, numbered or not; what it lists is the writer's
# own advice, no document issued.
_ADVICE_RE = re.compile(r"^\s*[#*]*\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s*|[一二三四五六七八九十]{1,3}[、.]\s*)?"
                        r"(?:下一步(?:工作)?(?:建议|打算|计划)?|(?:工作|对策|意见)建议)\s*[*]*\s*[:：]?\s*$")


def tail(norm: str) -> bool:
    """热文推荐, 相关阅读 …, alone or with the articles it lists after a colon: the lines after it list
    other articles; 下一步建议: they list the writer's advice."""
    if len(norm) <= _TAIL_MAX and (_TAIL_RE.match(norm) is not None or _ADVICE_RE.match(norm) is not None):
        return True
    return len(norm) <= _AD_MAX and _TAIL_LIST_RE.match(norm) is not None


_CJK = re.compile(r"[\u3400-\u9fff]")
_WORDS = re.compile(r"[A-Za-z]{2,}(?:\W+[A-Za-z]{2,}){3}")


def foreign(norm: str) -> bool:
    """A line in another language (a bilingual newsletter's English): four words or more and no
    Chinese character, so no item of a Chinese roundup, whose dates and bodies it does not write."""
    return _CJK.search(norm) is None and _WORDS.search(norm) is not None
