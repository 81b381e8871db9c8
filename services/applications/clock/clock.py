"""The statutory reply clock of a request for disclosure: a pure function from the case's clock events and the
working-day calendar to the due date and an explanation of how it was reached.

Rules (domain.md §2, the Regulation):

* Art. 33: the reply is due 20 working days after receipt (counting starts on the working day after receipt).
* Art. 30: a supplement request only within 7 working days of receipt, one notice with a period for the
  applicant; the clock stops, and restarts (a fresh 20 working days) from the day the supplement is received.
  No supplement within the period: the application is treated as abandoned (closed by the deadline job).
  *Practice:* a second supplement request within 7 working days of the supplement is allowed.
* Art. 33: one extension of at most 20 working days, granted on or before the current due date.
* Art. 32/34: third-party and inter-agency consultation: the other side has 15 working days; the time from the
  request to the answer (at most those 15 working days) does not count.
* Art. 42 and 国办函〔2020〕109号: the time waiting for a fee payment does not count.
* Art. 35: the time waiting for the applicant's reasons does not count (*practice*); a reasonable excessive
  request may get a later reply date, which becomes the due date.
* A case reopened after an appeal corrected its decision restarts with the period the decision set.

A pause that has started and not ended is assumed to last until its planned end (the consultation period, the
payment deadline): the due date is then the latest it can be, and ``state`` says the clock is paused.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kernel.workdays import WorkCalendar

REPLY_WORKING_DAYS = 20
SUPPLEMENT_WINDOW = 7
MAX_EXTENSION = 20
CONSULTATION_WORKING_DAYS = 15
MAX_SCAN_DAYS = 3660  # a due date more than ten years away means the data is wrong

PAUSE_LABELS = {
    "third_party": ("征求第三方意见", "third-party consultation"),
    "agency": ("征求其他机关意见", "inter-agency consultation"),
    "fee": ("等待缴纳费用", "waiting for the fee"),
    "reasons": ("等待申请人说明理由", "waiting for the applicant's reasons"),
}

KINDS = frozenset({
    "received", "supplement_requested", "supplement_received", "extended", "pause_started", "pause_ended",
    "deferred", "reopened", "closed",
})


@dataclass(frozen=True)
class ClockEvent:
    """One fact that moves the clock, with the day it happened.

    * ``received`` — the date of receipt (Art. 31).
    * ``supplement_requested`` — ``until``: the last day for the applicant to supplement.
    * ``supplement_received``.
    * ``extended`` — ``days``: working days granted.
    * ``pause_started`` — ``pause``: third_party | agency | fee | reasons; ``ref``: which pause; ``until``: its
      planned end (for consultations the 15th working day, for fees the payment deadline).
    * ``pause_ended`` — ``ref``.
    * ``deferred`` — ``until``: the later reply date set under Art. 35.
    * ``reopened`` — ``days``: working days to reply again, from this day.
    * ``closed``.
    """

    kind: str
    on: date
    days: int | None = None
    until: date | None = None
    pause: str | None = None
    ref: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown clock event {self.kind!r}")


@dataclass
class Pause:
    ref: str
    kind: str
    start: date
    planned_end: date | None
    end: date | None = None

    @property
    def effective_end(self) -> date | None:
        """Last day not counted. A late answer pauses only until the planned end."""
        if self.end is None:
            return self.planned_end
        if self.planned_end is not None and self.end > self.planned_end:
            return self.planned_end
        return self.end


class ClockError(ValueError):
    """A new event that does not fit the case's history (wrong order, outside a statutory window …)."""

    def __init__(self, code: str, zh: str, en: str) -> None:
        super().__init__(f"{zh}|{en}")
        self.code = code
        self.zh = zh
        self.en = en


@dataclass
class ClockResult:
    state: str  # not_started | running | paused | awaiting_supplement | closed
    start: date | None = None
    allowance: int = REPLY_WORKING_DAYS
    extension_days: int = 0
    due_on: date | None = None
    provisional: bool = False
    deferred_to: date | None = None
    supplement_window_ends: date | None = None
    supplement_deadline: date | None = None
    closed_on: date | None = None
    working_days_taken: int | None = None
    on_time: bool | None = None
    pauses: list[Pause] = field(default_factory=list)
    segments: list[dict[str, Any]] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)
    restarts: list[dict[str, Any]] = field(default_factory=list)

    def open_pause(self, kind: str | None = None) -> Pause | None:
        for p in self.pauses:
            if p.end is None and (kind is None or p.kind == kind):
                return p
        return None

    def as_dict(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "start": self.start,
            "allowance": self.allowance,
            "extension_days": self.extension_days,
            "due_on": self.due_on,
            "provisional": self.provisional,
            "deferred_to": self.deferred_to,
            "supplement_window_ends": self.supplement_window_ends,
            "supplement_deadline": self.supplement_deadline,
            "closed_on": self.closed_on,
            "working_days_taken": self.working_days_taken,
            "on_time": self.on_time,
            "segments": self.segments,
            "steps": self.steps,
            "restarts": self.restarts,
        }


def _fmt(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _in_pause(day: date, pauses: list[Pause]) -> Pause | None:
    for p in pauses:
        end = p.effective_end
        if p.start < day and (end is None or day <= end):
            return p
    return None


def _walk(cal: WorkCalendar, start: date, allowance: int, pauses: list[Pause]) -> tuple[date | None, bool]:
    """The day on which ``allowance`` counted working days after ``start`` are reached (None if an open pause
    has no planned end), and whether a day on the way lies in a year without an official schedule."""
    d = start
    counted = 0
    provisional = False
    limit = start + timedelta(days=MAX_SCAN_DAYS)
    while counted < allowance:
        d += timedelta(days=1)
        if d > limit:
            return None, provisional
        provisional = provisional or cal.is_provisional(d)
        if not cal.is_workday(d):
            continue
        p = _in_pause(d, pauses)
        if p is not None:
            if p.effective_end is None:
                return None, provisional
            continue
        counted += 1
    return d, provisional


def counted_days(cal: WorkCalendar, start: date, end: date, pauses: list[Pause]) -> int:
    """Working days in (start, end] that count (not in a pause)."""
    n = 0
    d = start
    while d < end:
        d += timedelta(days=1)
        if cal.is_workday(d) and _in_pause(d, pauses) is None:
            n += 1
    return n


def _segments(cal: WorkCalendar, start: date, end: date, pauses: list[Pause]) -> list[dict[str, Any]]:
    """Runs of counted and paused days between start (exclusive) and end (inclusive)."""
    segments: list[dict[str, Any]] = []
    d = start
    while d < end:
        d += timedelta(days=1)
        p = _in_pause(d, pauses)
        kind = "pause" if p is not None else "count"
        reason = p.kind if p is not None else None
        if segments and segments[-1]["kind"] == kind and segments[-1].get("pause") == reason:
            seg = segments[-1]
            seg["to"] = d
        else:
            seg = {"kind": kind, "from": d, "to": d, "working_days": 0}
            if reason:
                seg["pause"] = reason
                seg["label"] = PAUSE_LABELS[reason][0]
            segments.append(seg)
        if cal.is_workday(d):
            seg["working_days"] += 1
    return segments


def compute(events: Iterable[ClockEvent], cal: WorkCalendar) -> ClockResult:
    """Replay the events in order and compute the due date with its explanation."""
    ordered = sorted(enumerate(events), key=lambda pair: (pair[1].on, pair[0]))
    r = ClockResult(state="not_started")
    step = r.steps.append

    for _, e in ordered:
        if e.kind == "received":
            r.start = e.on
            r.state = "running"
            step({"on": e.on, "kind": e.kind,
                  "text": f"{_fmt(e.on)}收到申请，自次日起计算 {REPLY_WORKING_DAYS} 个工作日",
                  "text_en": f"Received on {e.on}; {REPLY_WORKING_DAYS} working days count from the next day"})
        elif e.kind == "supplement_requested":
            r.state = "awaiting_supplement"
            r.supplement_deadline = e.until
            step({"on": e.on, "kind": e.kind,
                  "text": f"{_fmt(e.on)}发出补正告知，补正期限至{_fmt(e.until) if e.until else '（未定）'}；答复期限停止计算",
                  "text_en": f"Supplement requested on {e.on}, due by {e.until}; the clock stops"})
        elif e.kind == "supplement_received":
            r.start = e.on
            r.pauses = []
            r.deferred_to = None
            r.state = "running"
            r.supplement_deadline = None
            r.restarts.append({"on": e.on, "reason": "supplement_received"})
            step({"on": e.on, "kind": e.kind,
                  "text": f"{_fmt(e.on)}收到补正材料，自次日起重新计算 {REPLY_WORKING_DAYS} 个工作日",
                  "text_en": f"Supplement received on {e.on}; {REPLY_WORKING_DAYS} working days count again from the next day"})
        elif e.kind == "extended":
            r.extension_days += e.days or 0
            step({"on": e.on, "kind": e.kind,
                  "text": f"{_fmt(e.on)}经批准延长答复期限 {e.days} 个工作日",
                  "text_en": f"Extended by {e.days} working days on {e.on}"})
        elif e.kind == "pause_started":
            label = PAUSE_LABELS.get(e.pause or "", ("暂停", "pause"))
            r.pauses.append(Pause(ref=e.ref or str(len(r.pauses)), kind=e.pause or "", start=e.on, planned_end=e.until))
            if r.state == "running":
                r.state = "paused"
            step({"on": e.on, "kind": e.kind, "pause": e.pause,
                  "text": f"{_fmt(e.on)}开始{label[0]}" + (f"，最迟至{_fmt(e.until)}" if e.until else "") + "，期间不计入答复期限",
                  "text_en": f"{label[1].capitalize()} from {e.on}" + (f" until {e.until} at the latest" if e.until else "")
                  + "; the time does not count"})
        elif e.kind == "pause_ended":
            for p in r.pauses:
                if p.ref == e.ref and p.end is None:
                    p.end = e.on
                    label = PAUSE_LABELS.get(p.kind, ("暂停", "pause"))
                    late = p.planned_end is not None and e.on > p.planned_end
                    step({"on": e.on, "kind": e.kind, "pause": p.kind,
                          "text": f"{_fmt(e.on)}{label[0]}结束" + ("（超过期限，期限届满后的时间计入）" if late else ""),
                          "text_en": f"{label[1].capitalize()} ended on {e.on}" + (" (late: counted after the period)" if late else "")})
            if r.state == "paused" and r.open_pause() is None:
                r.state = "running"
        elif e.kind == "deferred":
            r.deferred_to = e.until
            step({"on": e.on, "kind": e.kind,
                  "text": f"{_fmt(e.on)}依条例第三十五条告知申请人延后答复，答复日期为{_fmt(e.until) if e.until else ''}",
                  "text_en": f"Deferred reply set on {e.on} (Art. 35): reply by {e.until}"})
        elif e.kind == "reopened":
            r.start = e.on
            r.allowance = e.days or REPLY_WORKING_DAYS
            r.extension_days = 0
            r.pauses = []
            r.deferred_to = None
            r.closed_on = None
            r.state = "running"
            r.restarts.append({"on": e.on, "reason": "reopened"})
            step({"on": e.on, "kind": e.kind,
                  "text": f"{_fmt(e.on)}因复议或诉讼纠正重新办理，自次日起计算 {r.allowance} 个工作日",
                  "text_en": f"Reopened on {e.on} after an appeal; {r.allowance} working days from the next day"})
        elif e.kind == "closed":
            r.closed_on = e.on
            r.state = "closed"
            step({"on": e.on, "kind": e.kind, "text": f"{_fmt(e.on)}办结", "text_en": f"Closed on {e.on}"})

    if r.start is None:
        return r
    r.supplement_window_ends = cal.add_working_days(r.start, SUPPLEMENT_WINDOW).date
    if r.state == "awaiting_supplement" or (r.state == "closed" and r.supplement_deadline is not None):
        # the clock is stopped until the supplement arrives: there is no reply due date meanwhile
        r.due_on = None
        r.provisional = cal.any_provisional(r.start, r.supplement_deadline or r.start)
        return r

    due, provisional = _walk(cal, r.start, r.allowance + r.extension_days, r.pauses)
    if r.deferred_to is not None:
        due = r.deferred_to
        provisional = cal.any_provisional(r.start, due)
    r.due_on = due
    r.provisional = provisional
    if due is not None:
        r.segments = _segments(cal, r.start, due, r.pauses)
        explanation = f"答复期限：{_fmt(due)}（自{_fmt(r.start)}次日起 {r.allowance} 个工作日"
        explanation_en = f"Due on {due} ({r.allowance} working days after {r.start}"
        if r.extension_days:
            explanation += f"，延长 {r.extension_days} 个工作日"
            explanation_en += f", extended by {r.extension_days}"
        paused = sum(s["working_days"] for s in r.segments if s["kind"] == "pause")
        if paused:
            explanation += f"，另有 {paused} 个工作日暂停不计"
            explanation_en += f", plus {paused} paused working days"
        if r.deferred_to is not None:
            explanation = f"答复期限：{_fmt(due)}（依条例第三十五条延后答复"
            explanation_en = f"Due on {due} (deferred under Art. 35"
        if provisional:
            explanation += "；涉及尚未公布节假日安排的年份，按周末推算，可能变动"
            explanation_en += "; includes a year without an official schedule, weekends only"
        step({"on": due, "kind": "due", "text": explanation + "）", "text_en": explanation_en + ")"})
    if r.closed_on is not None:
        r.working_days_taken = counted_days(cal, r.start, r.closed_on, r.pauses)
        r.on_time = due is None or r.closed_on <= due
    return r


def _err(code: str, zh: str, en: str) -> ClockError:
    return ClockError(code, zh, en)


def check_new_event(history: list[ClockEvent], event: ClockEvent, cal: WorkCalendar, today: date) -> ClockResult:
    """Refuse an event that does not fit the case's history; returns the clock before the event.

    Dates: never in the future, never before receipt, never before the last recorded event (the history is kept
    in the order things happened). Statutory windows: the supplement request within 7 working days of the
    (re)start; the extension once, at most 20 working days, not after the due date; a pause ends after it began.
    """
    current = compute(history, cal)
    if event.on > today:
        raise _err("date_in_future", f"日期 {event.on} 晚于今天，不能登记未来的事项。",
                   f"{event.on} is in the future.")
    if event.kind != "received":
        if current.start is None:
            raise _err("not_received", "申请尚未确认收到，不能登记此事项。", "The application has not been received yet.")
        first = min(e.on for e in history if e.kind == "received")
        if event.on < first:
            raise _err("before_receipt", f"日期 {event.on} 早于收到申请之日 {first}。",
                       f"{event.on} is before the date of receipt {first}.")
    last = max((e.on for e in history), default=None)
    if last is not None and event.on < last:
        raise _err("out_of_order", f"日期 {event.on} 早于已登记的上一事项（{last}），请按发生顺序登记。",
                   f"{event.on} is before the last recorded event ({last}); record events in order.")
    if current.state == "closed" and event.kind != "reopened":
        raise _err("closed", "案件已办结。", "The case is closed.")

    if event.kind == "supplement_requested":
        if current.state == "awaiting_supplement":
            raise _err("supplement_pending", "已发出补正告知，正在等待申请人补正。", "A supplement request is already pending.")
        if current.supplement_window_ends is not None and event.on > current.supplement_window_ends:
            raise _err("supplement_too_late",
                       f"补正告知应在收到申请之日起 {SUPPLEMENT_WINDOW} 个工作日内（{current.supplement_window_ends} 前）一次性发出。",
                       f"A supplement request must be sent within {SUPPLEMENT_WINDOW} working days of receipt "
                       f"(by {current.supplement_window_ends}).")
        if event.until is None or event.until <= event.on:
            raise _err("supplement_period", "应为申请人设定合理的补正期限（晚于告知之日）。",
                       "Set a reasonable period for the supplement (after the notice date).")
        if current.open_pause() is not None:
            raise _err("paused", "征求意见或缴费期间不能发出补正告知。", "Not during a consultation or fee wait.")
    elif event.kind == "supplement_received":
        if current.state != "awaiting_supplement":
            raise _err("no_supplement_pending", "没有待补正的告知。", "No supplement request is pending.")
        if current.supplement_deadline is not None and event.on > current.supplement_deadline:
            raise _err("supplement_expired", f"补正期限已于 {current.supplement_deadline} 届满。",
                       f"The supplement period ended on {current.supplement_deadline}.")
    elif event.kind == "extended":
        if current.state == "awaiting_supplement":
            raise _err("awaiting_supplement", "等待补正期间不能延期。", "Not while awaiting a supplement.")
        if current.extension_days:
            raise _err("already_extended", "答复期限已经延长过一次。", "The reply period has already been extended.")
        if not event.days or event.days < 1 or event.days > MAX_EXTENSION:
            raise _err("extension_too_long", f"延长答复期限最长不得超过 {MAX_EXTENSION} 个工作日。",
                       f"The extension may not exceed {MAX_EXTENSION} working days.")
        if current.due_on is not None and event.on > current.due_on:
            raise _err("extension_after_due", f"答复期限已于 {current.due_on} 届满，不能再延期。",
                       f"The reply was due on {current.due_on}; too late to extend.")
    elif event.kind == "pause_started":
        if current.state == "awaiting_supplement":
            raise _err("awaiting_supplement", "等待补正期间不能开始此事项。", "Not while awaiting a supplement.")
        if event.until is not None and event.until <= event.on:
            raise _err("pause_period", "期限应晚于开始之日。", "The period must end after it starts.")
        if any(p.ref == event.ref and p.end is None for p in current.pauses):
            raise _err("pause_open", "该事项已在进行中。", "That pause is already running.")
    elif event.kind == "pause_ended":
        if not any(p.ref == event.ref and p.end is None for p in current.pauses):
            raise _err("no_pause", "没有进行中的相应事项。", "No such pause is running.")
    elif event.kind == "deferred":
        if event.until is None or (current.due_on is not None and event.until <= current.due_on):
            raise _err("deferral_not_later", "延后答复的日期应晚于现行答复期限。",
                       "The deferred reply date must be later than the current due date.")
    elif event.kind == "reopened":
        if current.state != "closed":
            raise _err("not_closed", "案件未办结，无需重新办理。", "The case is not closed.")
        if not event.days or event.days < 1:
            raise _err("reopen_period", "应设定重新答复的期限。", "Set the period for the new reply.")
    return current
