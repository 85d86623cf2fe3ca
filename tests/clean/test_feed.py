"""RSS and Atom feeds saved as reports: the items' titles and texts are the report."""

from __future__ import annotations

import pytest

from forcewatch.clean import to_document
from forcewatch.clean.feed import extract_feed, looks_like_feed
from forcewatch.errors import EmptyInput
from forcewatch.records import RawPage

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Valley Ledger</title>
  <link>https://valleyledger.example</link>
  <item>
    <title>Officers fire on marchers in Riverside</title>
    <pubDate>Tue, 04 Mar 2025 10:00:00 +0000</pubDate>
    <description><![CDATA[<p>Short teaser.</p>]]></description>
    <content:encoded><![CDATA[<p>Police opened fire on a march in Riverside on Monday.</p>
      <p>Two marchers were wounded, the hospital said.</p>]]></content:encoded>
  </item>
  <item>
    <title>Council approves the budget</title>
    <pubDate>Wed, 05 Mar 2025 09:30:00 +0000</pubDate>
    <description><![CDATA[The council voted 7-2 for next year's budget.]]></description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Observatorio Norte</title>
  <entry>
    <title>Muere un joven tras una detención</title>
    <updated>2025-06-02T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Un joven murió bajo custodia policial en Tampico.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_feeds_are_recognised() -> None:
    assert looks_like_feed(RSS) and looks_like_feed(ATOM)
    assert not looks_like_feed("<html><body><p>Police said.</p></body></html>")
    assert not looks_like_feed("A story about an RSS feed: <rss> is its root element.")


def test_rss_items_are_sections_with_their_fullest_text() -> None:
    feed = extract_feed(RSS)
    assert feed.title == "Valley Ledger"
    assert feed.published == "2025-03-05"  # the newest item's day
    paragraphs = feed.text.split("\n\n")
    assert paragraphs[:3] == [
        "Officers fire on marchers in Riverside",
        "Police opened fire on a march in Riverside on Monday.",
        "Two marchers were wounded, the hospital said.",
    ]
    assert "Short teaser." not in feed.text  # the content, not the teaser
    assert paragraphs[-1] == "The council voted 7-2 for next year's budget."


def test_a_saved_feed_is_a_report() -> None:
    doc = to_document(RawPage(name="feed.xml", data=ATOM.encode()))
    assert doc.title == "Observatorio Norte"
    assert doc.published == "2025-06-02"
    assert "bajo custodia policial en Tampico" in doc.text
    assert doc.language == "es"


def test_a_feed_without_items_has_no_article() -> None:
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title></channel></rss>'
    with pytest.raises(EmptyInput, match="no article text"):
        to_document(RawPage(name="empty.xml", data=empty.encode()))
