"""Who represented whom: a country-by-country table of the people at the 2025 event.

A person counts for a country when they hold a post with an organization of that
country (a consulate counts for the state it represents, a university faculty for
the country of its university). The table also names the people whose posts have
no country in the data, and the ASEAN member states that had nobody there.

Run it with ``python examples/who_represented_whom.py``.
"""

from __future__ import annotations

import asean_coop


def main() -> None:
    edition = asean_coop.load_edition(2025)
    on = edition.main_event.date
    rows: list[tuple[str, str, str, str]] = []
    for country in edition.countries_represented():
        member = "yes" if country.is_asean_member_on(on) else "no"
        for person in edition.people_from(country):
            roles = ", ".join(role.value for role in edition.roles_of(person))
            post = person.current_positions[0]
            org = edition.organization(post.organization_id) if post.organization_id else None
            where = f"{post.title}, {org.name}" if org else post.title
            rows.append((country.name, member, f"{person.name} ({roles})", where))

    headers = ("country", "ASEAN", "person (role)", "post")
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(3)]
    print(f"Who represented whom at the {edition.main_event.name} ({on})\n")
    print("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=False)) + "  POST")
    previous = None
    for name, member, who, where in rows:
        first = name != previous
        previous = name
        cells = (name if first else "", member if first else "", who)
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + "  " + where)

    counted = {
        person.id for c in edition.countries_represented() for person in edition.people_from(c)
    }
    others = [p.name.text for p in edition.people if p.id not in counted]
    represented = {c.code for c in edition.countries_represented()}
    absent = [c.name for c in asean_coop.asean_members(on=on) if c.code not in represented]
    print(f"\n{len(represented)} countries represented by {len(counted)} people.")
    print(f"Posts with no country in the data: {', '.join(others) or 'none'}.")
    print(f"ASEAN members on {on} with nobody there: {', '.join(absent) or 'none'}.")


if __name__ == "__main__":
    main()
