"""What opens an entry before its content (list markers, leading dates, 同日, 据…消息, the issuing
body and its action) and document numbers: matched by the reader to cut items and by the
extractor to find where an item's issuer starts. All run on ``graph.text.normalize``d text."""

from __future__ import annotations

import re

from graph.patterns.dates import DATE, MONTH_DATE, YEAR

# 1. 、1　(a number then a space, as Word's lists are pasted)、(1)、（一）、一、: entries of a list (第十四条 is an article of a law, not an entry)
_NUMBERED = r"(?:\d{1,3}\s*[.、．)]|\d{1,3}(?=\s+[^\d\s年月日号.、．)])|\(\d{1,3}\)|\([一二三四五六七八九十百]{1,4}\)|[一二三四五六七八九十]{1,3}\s*、)"
# A symbol or emoji leading a line (📌, ✅, ☑, ➤: WeChat articles bullet their entries so) is a bullet too.
_BULLET = r"(?:[①-⑳]|[•·●▪■◆◇○►▶*]|-(?!\d)|#{1,6}|[\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)"
MARKER_RE = re.compile(rf"^\s*(?:(?P<num>{_NUMBERED})|(?P<bullet>{_BULLET}))\s*")
_WEEKDAY = r"(?:\s*\((?:周|星期|礼拜)[^)]{1,2}\))?"
# A date read in passing (8月18日印发的…, 自…起) rather than the date an entry opens with.
_IN_PASSING = r"(?:印发|发布|出台|公布|下发|施行|实施|起|前|后|以来|以前|以后|之前|之后|至|到|-)"
_NEWS = r"(?:据[^，,。:：]{1,15}?)?"
# 新华社北京6月17日电, 中新网3月5日讯: a news outlet (…社/网/报/台) and its place before the date, then 电/讯.
_OUTLET = r"[\u4e00-\u9fff]{1,8}?[社网报台][\u4e00-\u9fff]{0,6}?"
_DATELINE = rf"(?:据[^，,。:：]{{1,15}}?|(?P<outlet>{_OUTLET}))?"
# 新华社北京4月3日电, 本报太原5月27日讯（记者 …）, 本报讯: a report's dateline, dated or not, opening its first paragraph.
DATELINE_RE = re.compile(rf"^\s*{_OUTLET}(?:{DATE})?[电讯](?![\u4e00-\u9fff])")
# 本报甲城讯（记者 张三） 10月27日，…: a dateline without its day, before the lead the paragraph opens with.
_UNDATED_DATELINE = rf"(?:{_OUTLET}[电讯](?:\s*\([^()]{{0,15}}\))?\s+)"
_EARLY = r"(?:早在\s*)?"  # 早在2020年5月，…: a date that stresses how early, leading its entry all the same
LEADING_DATE_RE = re.compile(
    rf"^\s*{_UNDATED_DATELINE}?{_DATELINE}{_EARLY}\[?{DATE}(?:\s*[至到-]\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日)?{_WEEKDAY}\]?"
    rf"(?(outlet)[电讯]|(?:消息|报道|讯|电)?)\s*(?:[，,、:：/]|\s|(?=\S)(?!{_IN_PASSING}))")
# 3月，… / 2021年4月上旬，… / [2019年12月]…: an entry dated to the month.
LEADING_MONTH_RE = re.compile(
    rf"^\s*{_NEWS}{_EARLY}\[?(?:(?P<y>{YEAR})\s*年\s*)?(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月"
    rf"(?:份|初|上旬|中旬|下旬|底|末)?\]?(?:消息|报道)?\s*(?:[，,、:：]|(?<=\])|\s|(?<=月)(?(y)(?=\S)(?![\d〇一二三四五六七八九十日号]|{_IN_PASSING})|(?!)))\s*(?=\S)")
# 9月26日…通过；30日以…公布 / 8日，…: a day alone, of the month the date before it gives (not 30日内, 5日起).
DAY_LEAD_RE = re.compile(rf"^\s*(?P<d>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"
                         rf"\s*(?:[，,、:：]|(?=\S)(?![\d年月]|内|{_IN_PASSING}))")
# 从2014年起，… / 自2021年3月起，… / 从4月9日起，… / 4月9日起，…: an activity dated by the year, month or day it starts.
SINCE_LEAD_RE = re.compile(
    rf"^\s*(?:从|自)?\s*(?:{DATE}|(?P<sy>{YEAR})\s*年(?:\s*(?P<sm>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月)?)"
    rf"\s*(?:起|开始)\s*[，,]\s*")
# 2017年，部署… / 2021年　甲办公厅印发《…》(a roundup's year set apart by a wide gap, a full-width space or
# two, from its entry): a clause dated by its year alone. One space is no gap (2021年 全市工作要点 is a title).
YEAR_LEAD_RE = re.compile(rf"^\s*\[?(?P<y>{YEAR})\s*年\]?(?:\s*[，,]|[ \t]*(?:\u3000|[ \t]{{2}})\s*(?=[^\s\d〇一二三四五六七八九十月度]))\s*")
# 2019.04 某常委会…: a slide's or a list's dotted year and month before its entry's body, a month-only date.
DOTTED_MONTH_RE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\.(?P<m>0?[1-9]|1[0-2])(?![\d.])[ \t\u3000]+(?=\S)")
SAME_DAY_RE = re.compile(r"^\s*(?:同日|当日|同一天|当天)(?:起)?\s*[，,、:：]?")  # 同日起，: from that day too
SAME_MONTH_RE = re.compile(r"^\s*(?:(?:当月|同月)\s*[，,、:：]?|同期\s*[，,、:：])")  # 同期，: in that same month
SAME_YEAR_RE = re.compile(r"^\s*(?:同年|当年)\s*[，,、:：]?")
# 回看2021年，… / 2021年，…: a clause that only names the year of the dates after it.
YEAR_CLAUSE_RE = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}?((?:19|20)\d{2})\s*年\s*[，,:：]\s*")
NEWS_LEAD_RE = re.compile(r"^\s*(?:(?:据[^，,。:：]{1,15}?(?:消息|报道|报导|讯|电)(?:\s*\([^()]{0,15}\))?|据悉|据了解|近日|日前|近期|最近"
                          r"|[(\[]\s*(?:受权|授权)发布\s*[)\]])\s*[，,:：]?\s*"
                          rf"|{_UNDATED_DATELINE})+")  # 据新华社报导，日前，/ 本报讯 近日，
REPORT_RE = re.compile(r"电|讯|据|报道|报导|消息")  # in an entry's lead: a report (新华社北京6月17日电, 据…报道)
RECENT_RE = re.compile(r"^\s*(?:近日|日前|近期|最近)\s*[，,]")
# 3月1日起，《…》施行 / 自2022年1月1日起…: an entry that opens with the day something takes effect.
IN_FORCE_LEAD = re.compile(rf"^\s*(?:自|从)?\s*\[?{DATE}\]?\s*起")
# 自2016年《X》提出…起, 从2004年8月《X》颁布以来: a since-clause dated by the document written right after its date.
SINCE_RE = re.compile(rf"^\s*(?:自|从)\s*(?:{DATE}|{MONTH_DATE}|(?P<sy>{YEAR})\s*年)\s*(?=《)")
# What may open an item before its issuer, tried in this order.
LEADS = (YEAR_CLAUSE_RE, YEAR_LEAD_RE, SINCE_LEAD_RE, LEADING_DATE_RE, LEADING_MONTH_RE, DOTTED_MONTH_RE, DAY_LEAD_RE, SAME_DAY_RE,
         SAME_MONTH_RE, SAME_YEAR_RE, SINCE_RE, NEWS_LEAD_RE)

# 答：…, [答]…: an answer on a question-and-answer page; its text, read like prose, starts after it.
ANSWER_RE = re.compile(r"^\s*(?:答\s*[:：]|\[答\]\s*[:：]?)\s*")
# 负责人：…, 某部有关负责人：…, 新闻发言人：…: an official who answers a reporter; on its own a line so
# labelled may be a contact's particulars (负责人：张三), so it is an answer only right after a question.
SPEAKER_RE = re.compile(r"^\s*[\u4e00-\u9fff]{0,16}?(?:负责人|发言人|司长|局长|主任|部长|厅长|处长)\s*[:：]\s*")

ACTION = r"(?:印发|发布|出台|公布|下发|颁布|转发|审议通过|表决通过|召开|举行|发出|签署|修订|修正|制定了)"
ACTION_RE = re.compile(ACTION)
# What a body does that is no issuance: a launch, a start (着手开展), a deployment, a disclosure, a designation
# (甲市被乙厅确认为试点城市), a review (例会对《X》进行了审议). A dated sentence stating one reports an activity of its own.
ACTIVITY_RE = re.compile(r"上线|启动|开通|启用|部署|披露|着手|解读|审议|(?:确认|认定|确定|批准)为")
BODY_END = r"(?:[局厅部委办府院会署行司处组馆室议]|中心)"  # the last character(s) of a body's name
# 全国人大常委会通过…, 通过网络安全法: 通过 is an action only right after the body (通过…实现 is a means).
PASSED_RE = re.compile(rf"^(?:[^，,。；;]{{0,30}}?{BODY_END})?\s*(?:审议|表决)?通过")
_ADVERB = r"(?:联合|近日|日前|最近|近期|正式|还|又|也|亦|再|便|同时|同日|当日|随后|再次|先后|相继|率先|首次|并|已|曾)*"
# 去年9月, 今年初: when a body acted, written relative to a day the text may not give (so no date).
_RELATIVE_WHEN = r"(?:去年|今年|前年|上年|当年|同年|次年|翌年)(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|初|底|年初|年底|[上下]半年)?"
# 以工业和信息化部令第1号公布: the instrument a body issues by, between its name and its action.
_BY_INSTRUMENT = r"(?:以[^，,。；;《》]{2,24}?(?:令|公告|文件|通知)\s*(?:第\s*\d+\s*号)?)?"
_KIND_OF_BODY = r"(?:部门|单位|机构)"  # 人社部门印发《…》: a kind of body issues, though it names none
# What comes before a 《title》 when a clause opens with its own issuer: 商务部办公厅, 某某局发布, 人社部门印发,
# and the day it acted when written between the two (某市人民政府办公室2020年12月3日印发: the group ``issued``),
# or the year a review cites it by, in brackets (甲部办公厅(2020)印发, 乙省(2020)出台的: the group ``year``;
# so cited, a place may stand for its issuer and the action may take 的).
_CITED_YEAR = r"\s*\(\s*(?:19|20)\d{2}\s*\)"
# 立法过程中，/ 此前，: when the sentence's issuer acted, opening it before its issuer (立法过程中，省司法厅曾公布《X》).
SETTING_RE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,8}?(?:过程中|期间)|(?:更早|稍早|早前)?(?:之前|以前)|此前|此后|其间|当时|更早|稍早|早前|以[^，,。；;《]{1,12}?为例)\s*[，,]")
ISSUER_LEAD_RE = re.compile(
    rf"^[^，,。；;:：]{{0,40}}(?:{BODY_END}|{_KIND_OF_BODY}|[省市区县州](?={_CITED_YEAR}))(?:等[^，,。；;:：]{{1,6}})?"
    rf"(?:\s*(?:于\s*)?(?:(?P<issued>{DATE}|{MONTH_DATE}|{YEAR}\s*年)|{_RELATIVE_WHEN})\s*"
    rf"|(?P<cited>\s*\(\s*(?P<year>(?:19|20)\d{{2}})\s*\))\s*)?{_ADVERB}{_BY_INSTRUMENT}"
    rf"(?:印发|发布|出台|公布|下发|颁布|转发|制定|(?:组织)?(?:编写|编制|起草)|审议通过|表决通过|通过|发出|决定对|对|(?:印发|发布|公布)?关于)?"
    rf"(?(cited)的?)了?$")
# The body an activity's sentence opens with (原甲局便开始…, 甲市人社局着手开展…, 乙委在…率先启动): its
# name ends where an adverb, a place clause, its verb or the next body follows.
DOER_RE = re.compile(rf"^(?:原)?[\u4e00-\u9fff()]{{2,30}}?{BODY_END}(?=便|开始|着手|率先|正式|首先|在|于|已|也|还|又|对外|联合|会同"
                     r"|启动|开展|推进|部署|上线|开通|启用|举办|组织|、|[，,]|$)")
# 《X》已于2021年5月18日由某院审判委员会第N次会议通过, 已经2005年1月28日某部部务会议审议通过: the session that
# passed a document, ``by`` the words naming it (its body, then the session's number and name).
ADOPTED_RE = re.compile(rf"(?:于[^由经。；;，,]{{4,16}}?)?(?:由|经)\s*(?:{DATE}\s*)?(?P<by>[^。；;，,]{{0,40}}?)会议"
                        r"(?:\s*于[^。；;，,]{4,16}?)?\s*(?:(?:审议|讨论)?通过|批准)")
# 关于《X》的政策解读, 《X》答记者问, 对《X》进行解读 (作出政策解读): the item's first title is the document it interprets.
# 召开发布会，解读《X》: the verb before it says the same.
INTERPRETS_RE = re.compile(r"^[^《]*《[^《》]*》\s*(?:的)?(?:(?:进行|作出|做出)了?)?(?:政策|文件)?(?:解读|问答|答记者问)|^[^《]*(?:解读|解答)\s*《")
# The issuer of an earlier sentence, named again: 该局, 其.
CARRIED_RE = re.compile(r"^(?:该|其|上述)(?:办公厅|办公室|委员会|局|厅|委|部|办|中心|院|会|署|府)")
# 我局即着手…, 本厅正式上线…: the body a report is written by, naming itself.
OWN_BODY_RE = re.compile(r"^(?:我|本)(?:委员会|办公室|办公厅|中心|局|厅|委|办|院|署)")
# A body written without its region (市人社局, 省财政厅): the region is the earlier issuer's.
BARE_LEVEL_RE = re.compile(r"^(?P<level>省(?!级)|市(?!场|级)|区(?!块|域|级)|县(?!域|级))[\u4e00-\u9fff]{1,14}?" + BODY_END)

# 关于印发X的通知, 关于转发《X》的通知, 关于联合发布X的通告: a notice's own title wrapping the document it
# publishes or forwards, X (``inner``), its verb and its own form.
WRAPPER_RE = re.compile(r"关于(?:联合)?(?P<verb>印发|发布|公布|颁布|下发|修订印发|转发)(?P<inner>.+?)(?:的)?(?P<form>通知|通告|公告|决定|函)?$")
# A law's or rule's headnote (题注): …会议通过，根据2015年4月24日《乙决定》第一次修正: a document that amended it, dated.
AMENDED_BY_RE = re.compile(rf"根据\s*(?P<date>{DATE})\s*《(?P<title>[^《》]+)》[^，,。；;《》]{{0,30}}?(?:修正|修订|修改)")
# Its prefix never holds 以 (U+4EE5): 以市政府令第9号公布 is published by 市政府令第9号.
DOC_NUMBER = re.compile(
    r"[\u4e00-\u4ee4\u4ee6-\u9fff]{1,12}\s*\[\s*(?:19|20)\d{2}\s*\]\s*第?\s*\d{1,5}\s*号"
    r"|[\u4e00-\u4ee4\u4ee6-\u9fff]{0,12}令\s*(?:\(\s*)?第\s*\d{1,5}\s*号"
)
# 以工业和信息化部令第1号公布: a document issued under a body's order, by its number.
BY_ORDER = rf"以\s*(?P<number>{DOC_NUMBER.pattern})\s*(?:的形式)?\s*(?:公布|发布|印发|颁布)了?"


def body_start(norm: str) -> int:
    """Where an entry's body starts: after its list marker (or 答：), its leading date or 同日, 据…消息 and
    the punctuation after them, i.e. where its issuer is written."""
    pos = 0
    if m := MARKER_RE.match(norm) or ANSWER_RE.match(norm):
        pos = m.end()
    for pattern in LEADS:
        if m := pattern.match(norm[pos:]):
            pos += m.end()
    while pos < len(norm) and norm[pos] in "，,、:： ":
        pos += 1
    return pos


# A title's trailing bracketed parts: (试行), [2022-2024年], 〈修订〉.
TRAILING_BRACKETS = re.compile(r"(?:\s*(?:\([^()]*\)|\[[^\[\]]*\]|〈[^〈〉]*〉))+\s*$")
_CLOSERS = (")", "]", "〉")  # what a title ends with when TRAILING_BRACKETS can match


def strip_trailing_brackets(title: str) -> str:
    """The title without trailing bracketed parts (试行, 2022-2024年); most titles have none, and
    the regex, tried at every position, is skipped for them."""
    if not title.rstrip().endswith(_CLOSERS):
        return title.strip()
    return TRAILING_BRACKETS.sub("", title).strip()


# A paragraph about what a document says opens with its title, perhaps after a word or two, and
# its article or a verb of saying (新修订《X法》第三十七条规定…); 现将《X》印发给你们 is no such paragraph.
_SAYS_RE = re.compile(r"^[\u4e00-\u9fff]{0,5}《[^《》]+》\s*(?:\([^()]{0,30}\))?\s*"
                      r"(?:第[一二三四五六七八九十百零〇\d]+条)?\s*(?:规定|明确|提出|指出|要求|强调|载明)")


def says(norm: str) -> bool:
    """The text opens with a 《title》 and what it says: a paragraph about that document."""
    return _SAYS_RE.match(norm) is not None
