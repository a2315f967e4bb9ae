"""Social-media feeds copied as text: the chrome is no item, a post is read from its original words,
its days taking the year of its time line. Each example is written for its rule."""

from __future__ import annotations

from graph.read.detect import posts
from graph.read.items import PLACE, Source
from graph.read.roundup import read_roundup
from graph.text import normalize


def test_time_lines_counts_and_page_marks_are_chrome():
    assert posts.stamp("发布于 2023-05-06 10:20 来自 微博 weibo.com") == posts.Stamp(2023)
    assert posts.stamp("5月6日 10:20 来自 Android客户端") == posts.Stamp(None)
    assert posts.stamp("2023-05-06 10:20") is None  # an article's date line names no client
    assert posts.stamp("5月6日，甲局来自各地的代表参会") is None
    for line in ("转发 3  评论 0  赞 12", "微博 1.2万  粉丝 3万  关注 20", "全部微博（88）  原创  图片", "置顶",
                 "正在加载中，请稍候...", "发布于 2023-05-06 10:20 来自 微博 weibo.com"):
        assert posts.chrome(normalize(line)), line
    assert not posts.chrome("转发《甲省电子证照办法》的通知")


def test_a_post_starts_after_its_repost_chain_topics_and_headline():
    text = "好 //@某用户:收藏 //@某日报:#电子证照# [甲省：电子证照全面启用]📱5月6日，甲省数据局宣布…"
    found = posts.post(text)
    assert text[found.start:].startswith("5月6日") and found.headline == "甲省：电子证照全面启用"
    assert posts.post("5月6日，甲局发布《乙办法》") == posts.Post(0, None)


def test_a_giveaway():
    assert posts.giveaway("关注+转发本条，抽2位粉丝送书！5月10日开奖")
    assert not posts.giveaway("5月6日，甲局发布《乙办法》")


def test_a_feed_gives_one_item_per_telling_post_dated_in_its_year():
    text = ("某政务号 V\n微博 100  粉丝 2万  关注 8\n\n"
            "#置顶# 【欢迎】每天更新政策动态📌\n发布于 2020-01-02 09:00 来自 微博 weibo.com\n转发 1  评论 0  赞 3\n\n"
            "----------\n"
            "#电子证照# 【浙江：电子证照全面启用】📱5月6日，浙江省数据局宣布电子证照全面启用。...展开全文\n"
            "发布于 2023-05-08 09:30 来自 微博 weibo.com\n转发 12  评论 3  赞 20\n"
            "----------\n转发微博 //@某用户:有用吗？评论区聊聊\n5月1日 21:48 来自 iPhone客户端\n"
            "----------\n#福利# 【抽奖】关注+转发，抽3位粉丝送书！5月30日开奖\n发布于 2023-05-20 12:00 来自 微博抽奖平台\n")
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    assert [(i.date, i.text) for i in source.items] == [
        ("2023-05-06", "5月6日，浙江省数据局宣布电子证照全面启用。...展开全文")]
    assert source.items[0].fields[PLACE] == "浙江"


def test_a_pointing_emoji_reads_as_the_colon_it_stands_for():
    assert posts.pointed("背景👇 自2016年《甲办法》起") == "背景： 自2016年《甲办法》起"
    assert posts.pointed("5月6日，甲局发布《乙办法》") == "5月6日，甲局发布《乙办法》"


def test_the_clause_a_pointing_emoji_leads_to_opens_an_item_of_its_own():
    text = ("某政务号\n微博 10  粉丝 20  关注 3\n----------\n"
            "#解读# 【一文读懂】近日，甲部印发《甲部关于电子证照的通知》。背景👇 自2016年《乙部关于电子印章的意见》提出试点起，各地持续推进。\n"
            "发布于 2023-04-12 19:05 来自 微博 weibo.com\n")
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    assert [(i.date, i.text[:7]) for i in source.items] == [(None, "近日，甲部印发"), ("2016", "背景👇 自20")]


def test_a_share_bar_on_a_news_page_makes_no_feed():
    text = "甲市动态\n分享 微博 微信\n2021年3月5日，甲市人民政府印发《甲市电子证照办法》。\n办法明确电子证照效力。\n"
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    assert [i.text for i in source.items] == ["2021年3月5日，甲市人民政府印发《甲市电子证照办法》。\n办法明确电子证照效力。"]
