"""A tour of the 2025 edition: the event, its organizers and people, what was said,
the numbers cited, the dated facts and the list itself.

Run it with ``python examples/tour_2025.py``.
"""

from __future__ import annotations

import textwrap

import asean_coop
from asean_coop import OrganizerRole, ParticipantRole


def main() -> None:
    edition = asean_coop.load_edition(2025)
    event = edition.main_event
    print(f"{edition.title} (edition number {edition.number})")
    print(f"{event.name}, {event.date}")
    if event.place is not None:
        country = asean_coop.country(event.place.country)
        print(f"Held in {event.place.city}, {event.place.region}, {country.name}")
    if event.attendance is not None:
        print(f"Attendance: {event.attendance.describe()}")

    print("\nOrganized by")
    for org_role in OrganizerRole:
        names = [org.short_name or org.name for org in edition.organizers(org_role)]
        if names:
            text = f"{org_role.value}: {'; '.join(names)}"
            print(textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="    "))

    print("\nPeople by role")
    for role in ParticipantRole:
        people = edition.participants(role)
        if people:
            text = f"{role.value} ({len(people)}): {', '.join(p.name.text for p in people)}"
            print(textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="    "))

    print("\nWhat the speakers said")
    for speech in edition.speeches:
        speaker = edition.person(speech.speaker_id)
        text = f"{speaker.name} ({speech.kind.value}): {speech.summary}"
        print(textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="    "))

    print("\nNumbers cited in the speeches")
    for speech in edition.speeches:
        for figure in speech.figures:
            print(f"  {figure.describe()} ({edition.person(speech.speaker_id).name})")

    print("\nTimeline")
    for item in edition.timeline():
        what = item.title if isinstance(item, asean_coop.Milestone) else item.name
        print(f"  {item.date!s:<10}  {what}")

    ranking = edition.ranking
    print(f"\n{ranking.title}: {len(ranking)} of {ranking.size} stories known")
    for story in ranking.stories:
        print(f"  {story.position}. {story.title}")
    if not ranking.complete:
        print(f"  not yet known: positions {', '.join(map(str, ranking.missing_positions))}")


if __name__ == "__main__":
    main()
