"""What may be cited (data/SOURCES.md): domains that are never evidence, and URL helpers.

A source URL must be the original publication. The domains below are refused as a source (they
may still be named as ``read_via``, the copy a text was read on): Wikipedia and its mirrors,
news scrapers and syndication farms, forums, and outlets governments sanction as
disinformation. Each entry says why, so a refusal explains itself.
"""

from __future__ import annotations

from functools import cache, lru_cache
from urllib.parse import urlparse

_WIKI = "Wikipedia or a Wikipedia mirror (cite the original it cites)"
_SCRAPER = "a news scraper / aggregator copy (cite the original publication)"
_FORUM = "a forum or social-media repost"
_SANCTIONED = "an outlet sanctioned as state disinformation (EU/UK/US)"
_JUNK = "not a news source (travel, SEO or file-asset site)"
_REPRINT = "a site that reprints agency copy (cite the agency; the copy goes in read_via)"

#: Registered domain -> why it is never a source. A URL whose host is the domain or any of its
#: subdomains is refused.
BANNED_DOMAINS: dict[str, str] = {
    # Wikipedia and mirrors
    "wikipedia.org": _WIKI,
    "wikimedia.org": _WIKI,
    "wikimili.com": _WIKI,
    "qaz.wiki": _WIKI,
    "wikiwand.com": _WIKI,
    "wikisum.wiki": _WIKI,
    "wikizero.com": _WIKI,
    "nina.az": _WIKI,
    "wiki2.org": _WIKI,
    "wikiless.org": _WIKI,
    "dbpedia.org": _WIKI,
    "everybodywiki.com": _WIKI,
    "alchetron.com": _WIKI,
    "justapedia.org": _WIKI,
    "infogalactic.com": _WIKI,
    "sagapedia.com": _WIKI,
    "hmong.ru": _WIKI,
    "the-uncensored-wiki.com": _WIKI,
    "areq.net": _WIKI,
    "pageorama.com": _WIKI,
    "drbatmz.com": _WIKI,
    # scrapers, aggregators and syndication farms
    "yingdouwang.com": _SCRAPER,
    "kaaf.at": _SCRAPER,
    "devdiscourse.com": _SCRAPER,
    "urdupoint.com": _SCRAPER,
    "exbulletin.com": _SCRAPER,
    "breakinglatest.news": _SCRAPER,
    "pledgetimes.com": _SCRAPER,
    "thelatestnews.world": _SCRAPER,
    "independentpress.cc": _SCRAPER,
    "themuslimtimes.info": _SCRAPER,
    "thesaxon.org": _SCRAPER,
    "newsbeezer.com": _SCRAPER,
    "headtopics.com": _SCRAPER,
    "newsnow.co.uk": _SCRAPER,
    "msn.com": _SCRAPER,
    "news.google.com": _SCRAPER,
    "news.yahoo.com": _SCRAPER,
    "eurasia.ro": _SCRAPER,
    "amman.today": _SCRAPER,
    "w.almustaqbal.ly": _SCRAPER,
    "meed.progressivedigitalmedia.com": _SCRAPER,
    "wwnews.info": _SCRAPER,
    "googleweblight.com": _SCRAPER,
    "menatoday.info": _SCRAPER,
    # found as copies in the December 2026 audit: they republish others' stories
    "hathalyoum.net": _SCRAPER,
    "onenewspage.com": _SCRAPER,
    "zero-ready.com": _SCRAPER,
    "mikologi.pages.dev": _SCRAPER,
    "topix.com": _SCRAPER,
    "re-publish.com": _SCRAPER,
    "worldnewslatestsummary.blogspot.com": _SCRAPER,
    "sauress.com": _SCRAPER,
    "benews.net": _SCRAPER,
    # forums and social reposts
    "forum.nef2.com": _FORUM,
    "reddit.com": _FORUM,
    "x.com": _FORUM,
    "twitter.com": _FORUM,
    "t.me": _FORUM,
    "facebook.com": _FORUM,
    "youtube.com": _FORUM,
    "fotoartbook.net": _FORUM,
    "liveleak.com": _FORUM,
    "embedy.eu": _FORUM,
    # sanctioned state disinformation outlets
    "rt.com": _SANCTIONED,
    "rt.rs": _SANCTIONED,
    "actualidad-rt.com": _SANCTIONED,
    "arabic.rt.com": _SANCTIONED,
    "sputniknews.com": _SANCTIONED,
    "sputnikglobe.com": _SANCTIONED,
    "sputniknews.cn": _SANCTIONED,
    "sputniknews.africa": _SANCTIONED,
    "sputniknews.ru": _SANCTIONED,
    "sarabic.ae": _SANCTIONED,
    "southfront.org": _SANCTIONED,
    "southfront.press": _SANCTIONED,
    "news-front.su": _SANCTIONED,
    "news-front.info": _SANCTIONED,
    "strategic-culture.org": _SANCTIONED,
    "strategic-culture.su": _SANCTIONED,
    "ria.ru": _SANCTIONED,
    "presstv.ir": _SANCTIONED,
    "presstv.com": _SANCTIONED,
    # Al-Alam: Iranian state TV's Arabic channel (IRIB), run through the Iranian Islamic Radio
    # and Television Union, which the US designated in Oct 2020; its US domain was seized with
    # Press TV's in Jun 2021 as part of a "disinformation" sanctions action (DOJ).
    "alalam.ir": _SANCTIONED,
    "alalamtv.net": _SANCTIONED,
    # sites whose world news is agency copy (AAP/Reuters, AFP/dpa, AP): never the original
    "perthnow.com.au": _REPRINT,
    "millenniumpost.in": _REPRINT,
    "tag24.com": _REPRINT,
    # junk
    "twt-assets.washtimes.com": _JUNK,
    "islamweb.com": _JUNK,
    "islamweb.net": _JUNK,
    "tripomatic.com": _JUNK,
}


@lru_cache(maxsize=4096)
def host(url: str) -> str:
    """The lower-case host of a URL without ``www.`` or a port ("" for no URL). Kept per URL:
    the registry asks for each source's host up to three times as it loads at start-up."""
    netloc = urlparse(url.strip()).netloc.lower()
    return netloc.rsplit("@", 1)[-1].split(":")[0].removeprefix("www.")


def on_domain(url: str, domain: str) -> bool:
    """True when the URL's host is ``domain`` or one of its subdomains."""
    h, d = host(url), domain.lower().removeprefix("www.")
    return bool(h) and (h == d or h.endswith("." + d))


def banned_reason(url: str) -> str | None:
    """Why a URL may not be cited as a source, or None when its domain is allowed."""
    if not url:
        return None
    h = host(url)
    if not h:
        return None
    # The host and each domain above it, looked up (every source is checked as the registry
    # loads at start-up: one parse per URL, not one per banned domain); where several banned
    # domains match, the first listed gives the reason, as a walk down the list would.
    banned = _banned_by_domain()
    labels = h.split(".")
    found = [banned[d] for d in (".".join(labels[i:]) for i in range(len(labels))) if d in banned]
    return f"{h} is {min(found)[1]}" if found else None


@cache
def _banned_by_domain() -> dict[str, tuple[int, str]]:
    """Each banned domain (lower case, no ``www.``) -> (its place in the list, reason)."""
    by_domain: dict[str, tuple[int, str]] = {}
    for index, (domain, reason) in enumerate(BANNED_DOMAINS.items()):
        by_domain.setdefault(domain.lower().removeprefix("www."), (index, reason))
    return by_domain


#: File assets are never a source (an icon file was once cited as a denial).
_ASSET_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".mp4", ".css", ".js")


def asset_reason(url: str) -> str | None:
    path = urlparse(url).path.lower()
    if path.endswith(_ASSET_SUFFIXES):
        return f"{url} is a file asset, not a publication"
    return None


def refusal(url: str) -> str | None:
    """The reason a URL is refused as a source (banned domain or file asset), else None."""
    return banned_reason(url) or asset_reason(url)
