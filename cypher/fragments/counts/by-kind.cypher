// Fragment: the KIND key k{{i}} of each item: the agreement's kind, the act or the membership's kind.
WITH *, { dimension: 'KIND', id: kind, label: kind } AS k{{i}}
