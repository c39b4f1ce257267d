// Filter: an act that counts as taking part (a sourced refusal does not).
{{rel}}.act <> 'declined'
