"""The summary page as HTML: every value escaped, every list within a budget.

:func:`build` writes the page for one :class:`~netjournal.report.data.SummaryData`
within a :class:`Budget` (how many conversations, how long the notes...). The layout
tries budgets from :data:`LEVELS`, most generous first, until the page fits; whatever a
budget leaves out is said on the page ("and 994 earlier interactions not shown").

Nothing from the journal reaches the markup unescaped: every value goes through
:func:`esc` (``html.escape``), and the only image is the one the document itself serves
under :data:`PHOTO_URL`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from netjournal.domain.values import (
    Exchange,
    ExchangeDirection,
    FollowUp,
    FollowUpKind,
    Offer,
)
from netjournal.report.data import SummaryData
from netjournal.report.words import Words, fill, label, translate
from netjournal.wording import detail_label

PHOTO_URL = "netjournal-photo:contact"
ELLIPSIS = "…"

INK = "#1f2a36"
MUTED = "#67727f"
ACCENT = "#2c5d7c"
RULE = "#d3dbe3"
BOX = "#edf2f6"
WARN = "#9b3d2e"

STYLE = f"""
body {{ color: {INK}; }}
p {{ margin-top: 0px; margin-bottom: 3px; line-height: 112%; }}
.name {{ font-size: 20pt; font-weight: 600; margin-bottom: 1px; }}
.long {{ font-size: 15pt; }}
.role {{ font-size: 11pt; color: {MUTED}; margin-bottom: 5px; }}
.meta {{ font-size: 8.5pt; margin-bottom: 2px; }}
.tags {{ font-size: 8.5pt; color: {ACCENT}; }}
.sec {{ font-size: 7.5pt; font-weight: 700; color: {ACCENT}; text-transform: uppercase;
        margin-top: 12px; margin-bottom: 4px; }}
.first {{ margin-top: 0px; }}
.k {{ font-size: 7.5pt; font-weight: 700; color: {MUTED}; margin-bottom: 0px; }}
.v {{ margin-bottom: 5px; }}
.small {{ font-size: 8pt; color: {MUTED}; }}
.more {{ font-size: 8pt; color: {MUTED}; font-style: italic; margin-top: 2px; }}
.warn {{ color: {WARN}; }}
.date {{ white-space: nowrap; }}
.step {{ font-size: 10.5pt; font-weight: 600; margin-bottom: 1px; }}
td.box {{ background-color: {BOX}; padding: 8px; border-left: 3px solid {ACCENT}; }}
td.when {{ padding-bottom: 6px; padding-right: 6px; }}
td.said {{ padding-bottom: 6px; }}
td.head {{ border-bottom: 1px solid {RULE}; padding-bottom: 8px; }}
"""


@dataclass(frozen=True)
class Budget:
    """How much of each section one page may show."""

    interactions: int  # conversations listed
    line: int  # characters of a one-line text (a summary, a goal, a reason)
    text: int  # characters of each "what they care about" text and of how we met
    notes: int  # characters of the notes (0 leaves them out)
    items: int  # entries of each other list (follow-ups, offers, favours, details)
    learned: bool = True  # show what I learned in each conversation


# Most generous first; each level shows no more than the one before.
LEVELS: tuple[Budget, ...] = (
    Budget(interactions=10, line=220, text=600, notes=1500, items=6),
    Budget(interactions=8, line=220, text=600, notes=1500, items=6),
    Budget(interactions=6, line=200, text=500, notes=1200, items=6),
    Budget(interactions=5, line=160, text=400, notes=900, items=5),
    Budget(interactions=4, line=140, text=320, notes=700, items=5, learned=False),
    Budget(interactions=3, line=120, text=260, notes=500, items=4, learned=False),
    Budget(interactions=3, line=100, text=200, notes=350, items=3, learned=False),
    Budget(interactions=2, line=90, text=150, notes=250, items=3, learned=False),
    Budget(interactions=2, line=80, text=110, notes=160, items=2, learned=False),
    Budget(interactions=1, line=70, text=80, notes=100, items=2, learned=False),
    Budget(interactions=1, line=60, text=60, notes=0, items=1, learned=False),
    # The last resort, for cards whose very name or details are enormous.
    Budget(interactions=0, line=40, text=40, notes=0, items=1, learned=False),
)
NAME_LIMIT = 120  # a name longer than this is shortened whatever the budget
LONG_NAME = 30  # a name longer than this is set smaller


def esc(text: str) -> str:
    """Escape a value for the page (quotes too: nothing user-made is ever markup)."""
    return html.escape(text, quote=True)


def esc_lines(text: str) -> str:
    """Escape a multi-line value, keeping its line breaks."""
    return "<br>".join(esc(line) for line in text.strip().splitlines())


def one_line(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, limit: int) -> tuple[str, bool]:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, with an ellipsis.

    Returns the text and whether anything was cut. A word longer than most of the
    limit is cut inside, since there is no boundary near enough to cut at.
    """
    text = text.strip()
    if len(text) <= limit:
        return text, False
    if limit < 2:
        return ELLIPSIS, True
    cut = text[:limit - 1]
    if text[limit - 1].isspace():
        boundary = limit - 1
    else:
        boundary = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"))
    if boundary >= (limit - 1) * 0.6:
        cut = cut[:boundary]
    return cut.rstrip(" \n\t\r,;:.-–—") + ELLIPSIS, True


@dataclass
class Page:
    """What :func:`build` made: the HTML, and what it left out, in words."""

    html: str
    left_out: list[str] = field(default_factory=list)


def _small(text_html: str) -> str:
    return f' <span class="small">· {text_html}</span>' if text_html else ""


class _Writer:
    """Writes one page; each method returns the HTML of one part."""

    def __init__(self, data: SummaryData, budget: Budget, words: Words) -> None:
        self.d = data
        self.b = budget
        self.w = words
        self.today = words.local_date(data.now)
        self.left_out: list[str] = []

    # small pieces ---------------------------------------------------------------------

    def text(self, text: str, limit: int, what: str) -> str:
        """Escaped multi-line text within ``limit``; a cut is noted as ``what``."""
        cut, was_cut = shorten(text, limit)
        if was_cut:
            self.left_out.append(what)
        return esc_lines(cut)

    def line(self, text: str, limit: int | None = None) -> str:
        """Escaped one-line text within the budget's line length."""
        return esc(shorten(one_line(text), limit or self.b.line)[0])

    def more(self, hidden: int, one: str, many: str) -> str:
        """The note of what a list left out ("" when nothing was)."""
        if hidden <= 0:
            return ""
        text = self.w.count(hidden, one, many)
        self.left_out.append(text)
        return f'<p class="more">{esc(text)}</p>'

    @staticmethod
    def heading(text: str, first: bool = False) -> str:
        return f'<p class="{"sec first" if first else "sec"}">{esc(text)}</p>'

    @staticmethod
    def key(text: str, gap: bool = False) -> str:
        style = ' style="margin-top: 5px"' if gap else ""
        return f'<p class="k"{style}>{esc(text)}</p>'

    # header --------------------------------------------------------------------------

    def header(self, has_photo: bool) -> str:
        c = self.d.contact
        name = self.line(c.name, min(NAME_LIMIT, max(self.b.text, 40)))
        role = " · ".join(self.line(x, self.b.text) for x in (c.title, c.company)
                          if x.strip())
        meta = [self.tie(), self.last_contact()]
        tags = c.tags[:self.b.items * 2]
        size = "name long" if len(c.name) > LONG_NAME else "name"
        out = [f'<p class="{size}">{name}</p>']
        if role:
            out.append(f'<p class="role">{role}</p>')
        out.append(f'<p class="meta">{" &nbsp;·&nbsp; ".join(meta)}</p>')
        if tags:
            out.append('<p class="tags">'
                       + " &nbsp; ".join("#" + self.line(t, 40) for t in tags) + "</p>")
        photo = ""
        if has_photo:
            photo = (f'<td width="84" valign="middle" class="head">'
                     f'<img src="{PHOTO_URL}" width="70" height="70"></td>')
        return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'{photo}<td valign="middle" class="head">{"".join(out)}</td>'
                "</tr></table>")

    def tie(self) -> str:
        d = self.d
        tie = esc(fill(translate("report", "%1 tie"), label(d.tie)))
        if d.overdue_days:
            late = self.w.count(d.overdue_days,
                                translate("report", "%n day past the %1-day rhythm"),
                                translate("report", "%n days past the %1-day rhythm"))
            late = fill(late, self.w.number(d.cadence_days))
            return f'<span class="warn"><b>{tie}</b>, {esc(late)}</span>'
        every = self.w.count(d.cadence_days, translate("report", "in touch every %n day"),
                             translate("report", "in touch every %n days"))
        return f"<b>{tie}</b>, {esc(every)}"

    def last_contact(self) -> str:
        last = self.d.contact.last_interaction_at
        if last is None:
            return esc(translate("report", "no conversation recorded yet"))
        return esc(fill(translate("report", "last contact %1 (%2)"), self.w.date(last),
                        self.w.ago(last, self.d.now)))

    # main column ---------------------------------------------------------------------

    def next_steps(self) -> str:
        step = self.d.next_step
        if step is None:
            return ""
        out = [self.key(translate("report", "Next step")), self.follow_up(step, main=True)]
        others = self.d.other_follow_ups
        shown = others[:max(0, self.b.items - 1)]
        if shown:
            out.append(self.key(translate("report", "Also open"), gap=True))
            out.extend(self.follow_up(f) for f in shown)
        out.append(self.more(len(others) - len(shown),
                             translate("report", "and %n more follow-up not shown"),
                             translate("report", "and %n more follow-ups not shown")))
        return ('<table width="100%" cellspacing="0" cellpadding="0"><tr><td class="box">'
                + "".join(out) + "</td></tr></table>")

    def follow_up(self, f: FollowUp, main: bool = False) -> str:
        what = self.line(f.reason.strip() or label(f.kind))
        due = esc(self.w.due(f.due_on, self.today))
        if f.due_on < self.today:
            due = f'<span class="warn">{due}</span>'
        if main:
            kind = "" if f.kind == FollowUpKind.NEXT_STEP else f"{esc(label(f.kind))} · "
            return f'<p class="step">{what}</p><p class="small">{kind}{due}</p>'
        return f"<p>{what}{_small(due)}</p>"

    def conversations(self) -> str:
        d = self.d
        if not d.interaction_count:
            return ""
        shown = d.interactions[:self.b.interactions]
        rows = []
        for it in shown:
            how = label(it.channel)
            if it.event_id in d.event_names:
                how = f"{how}, {d.event_names[it.event_id]}"
            said = it.summary if it.summary.strip() else it.learned
            text = f"<p>{self.line(said)}</p>" if said.strip() else ""
            if it.goal.strip():
                caption = esc(translate("report", "Goal:"))
                text += f'<p class="small"><b>{caption}</b> {self.line(it.goal)}</p>'
            if self.b.learned and it.learned.strip() and said is not it.learned:
                caption = esc(translate("report", "Learned:"))
                text += f'<p class="small"><b>{caption}</b> {self.line(it.learned)}</p>'
            rows.append(f'<tr><td width="21%" valign="top" class="when">'
                        f'<p class="date"><b>{esc(self.w.date(it.occurred_at))}</b></p>'
                        f'<p class="small">{self.line(how, 40)}</p></td>'
                        f'<td valign="top" class="said">{text}</td></tr>')
        out = self.heading(translate("report", "Recent conversations"),
                           first=self.d.next_step is None)
        if rows:
            out += ('<table width="100%" cellspacing="0" cellpadding="0">'
                    + "".join(rows) + "</table>")
        out += self.more(d.interaction_count - len(shown),
                         translate("report", "and %n earlier interaction not shown"),
                         translate("report", "and %n earlier interactions not shown"))
        return out

    def notes(self) -> str:
        notes = self.d.contact.notes.strip()
        if not notes:
            return ""
        heading = self.heading(translate("report", "Notes"))
        if self.b.notes <= 0:
            self.left_out.append(translate("report", "the notes"))
            left_out = esc(translate("report", "Notes left out to fit the page."))
            return heading + f'<p class="more">{left_out}</p>'
        body, was_cut = shorten(notes, self.b.notes)
        note = ""
        if was_cut:
            self.left_out.append(translate("report", "the end of the notes"))
            note = (' <span class="more">'
                    + esc(translate("report", "(shortened to fit the page)")) + "</span>")
        return heading + f"<p>{esc_lines(body)}{note}</p>"

    # side column ---------------------------------------------------------------------

    def cares(self) -> str:
        c = self.d.contact
        parts = ((translate("report", "Interests"), c.interests,
                  translate("report", "the end of the interests")),
                 (translate("report", "Family"), c.family,
                  translate("report", "the end of the family notes")),
                 (translate("report", "Remember"), c.remember,
                  translate("report", "the end of what to remember")))
        body = "".join(self.key(k) + f'<p class="v">{self.text(v, self.b.text, what)}</p>'
                       for k, v, what in parts if v.strip())
        if not body:
            return ""
        return self.heading(translate("report", "What they care about"), first=True) + body

    def how_met(self) -> str:
        d, c = self.d, self.d.contact
        out = []
        if c.how_met.strip():
            body = self.text(c.how_met, self.b.text,
                             translate("report", "the end of how we met"))
            out.append(f"<p>{body}</p>")
        ev = d.met_at_event
        if ev is not None:
            bits = ", ".join(x for x in (self.w.date(ev.starts_on), ev.place.strip()) if x)
            if ev.name.strip() and ev.name.strip().casefold() in c.how_met.casefold():
                if bits:  # "Met at JakartaJS" already names it: only when and where
                    out.append(f'<p class="small">{self.line(bits)}</p>')
            else:
                extra = f' <span class="small">({self.line(bits)})</span>' if bits else ""
                at = fill(translate("report", "At %1"), ev.name)
                out.append(f"<p>{self.line(at)}{extra}</p>")
        if c.met_on is not None and (ev is None or ev.starts_on != c.met_on):
            out.append('<p class="small">'
                       + esc(fill(translate("report", "Met on %1"), self.w.date(c.met_on)))
                       + "</p>")
        introducers = [(d.introduced_by, "")] if d.introduced_by else []
        for intro in d.introductions:
            if intro.introducer and intro.introducer != d.introduced_by:
                introducers.append((intro.introducer,
                                    self.w.date(intro.introduction.made_on)))
        for name, when in introducers[:self.b.items]:
            text = fill(translate("report", "Introduced by %1"), name)
            out.append(f"<p>{self.line(text)}{_small(esc(when))}</p>")
        made = d.made_introductions[:self.b.items]
        if made:
            names = ", ".join(one_line(m.other) for m in made)
            text = fill(translate("report", "Introduced me to %1"), names)
            out.append(f"<p>{self.line(text)}</p>")
        if not out:
            return ""
        return self.heading(translate("report", "How we met")) + "".join(out)

    def give_and_take(self) -> str:
        d = self.d
        warn = ' class="warn"' if d.balance.leans_toward_taking else ""
        out = [self.heading(translate("report", "Give and take")),
               f"<p{warn}>{esc(self.w.balance(d.balance))}</p>"]
        offers = d.open_offers
        if offers:
            shown = offers[:self.b.items]
            out.append(self.key(translate("report", "What I can offer"), gap=True))
            out.extend(self.offer(o) for o in shown)
            out.append(self.more(len(offers) - len(shown),
                                 translate("report", "and %n more idea not shown"),
                                 translate("report", "and %n more ideas not shown")))
        done: list[Offer | Exchange] = [*d.given_offers, *d.done_exchanges]
        if done:
            shown_done = done[:self.b.items]
            out.append(self.key(translate("report", "Given and received"), gap=True))
            out.extend(self.offer(x) if isinstance(x, Offer) else self.exchange(x)
                       for x in shown_done)
            out.append(self.more(len(done) - len(shown_done),
                                 translate("report", "and %n more favour not shown"),
                                 translate("report", "and %n more favours not shown")))
        return "".join(out)

    def offer(self, o: Offer) -> str:
        return f"<p>{self.line(o.text)}{_small(esc(label(o.status)))}</p>"

    def exchange(self, e: Exchange) -> str:
        if e.direction == ExchangeDirection.GIVEN:
            who = "→ " + translate("report", "I gave")
        else:
            who = "← " + translate("report", "I received")
        what = label(e.kind)
        if e.description.strip():
            what = f"{what}: {e.description}"
        return (f'<p><span class="small">{esc(who)}</span> {self.line(what)}'
                f"{_small(esc(self.w.date(e.occurred_on)))}</p>")

    def open_asks(self) -> str:
        mine, theirs = self.d.my_open_asks, self.d.their_open_asks
        if not mine and not theirs:
            return ""
        out = [self.heading(translate("report", "Open asks"))]
        for key, asks in ((translate("report", "I asked them for"), mine),
                          (translate("report", "They asked me for"), theirs)):
            if not asks:
                continue
            shown = asks[:self.b.items]
            out.append(self.key(key, gap=len(out) > 1))
            for e in shown:
                what = label(e.kind) + (f": {e.description}" if e.description.strip() else "")
                out.append(f"<p>{self.line(what)}{_small(esc(self.w.date(e.occurred_on)))}"
                           "</p>")
            out.append(self.more(len(asks) - len(shown),
                                 translate("report", "and %n more ask not shown"),
                                 translate("report", "and %n more asks not shown")))
        return "".join(out)

    def details(self) -> str:
        details = self.d.contact.details
        if not details:
            return ""
        shown = details[:self.b.items + 2]
        rows = [f'<p><span class="small">'
                f"{self.line(detail_label(det.label) or label(det.kind), 20)}"
                f"</span>&nbsp; {self.line(det.value)}</p>" for det in shown]
        return (self.heading(translate("report", "Details")) + "".join(rows)
                + self.more(len(details) - len(shown),
                            translate("report", "and %n more detail not shown"),
                            translate("report", "and %n more details not shown")))

    # the page ------------------------------------------------------------------------

    def page(self, has_photo: bool) -> str:
        main = self.next_steps() + self.conversations() + self.notes()
        if not main:
            main = ('<p class="small">'
                    + esc(translate("report", "Nothing recorded yet beyond the card."))
                    + "</p>")
        side = (self.cares() + self.how_met() + self.give_and_take() + self.open_asks()
                + self.details())
        return (f"<html><body>{self.header(has_photo)}"
                '<table width="100%" cellspacing="0" cellpadding="0" '
                'style="margin-top: 12px">'
                f'<tr><td width="59%" valign="top">{main}</td><td width="4%"></td>'
                f'<td width="37%" valign="top">{side}</td></tr></table></body></html>')


def build(data: SummaryData, budget: Budget, words: Words, *, has_photo: bool) -> Page:
    """The page for ``data`` within ``budget``, and what it left out."""
    writer = _Writer(data, budget, words)
    markup = writer.page(has_photo)
    return Page(markup, writer.left_out)
