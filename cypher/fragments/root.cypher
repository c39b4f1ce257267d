// Fragment: the root entity {{var}}, when there is one, with everything its selection needs.
WITH {{var}} WHERE {{var}} IS NOT NULL
RETURN {{node}} AS root
