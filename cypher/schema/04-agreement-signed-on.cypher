// Agreement pages are ordered and filtered by signing date.
CREATE INDEX agreement_signed_on IF NOT EXISTS FOR (n:Agreement) ON (n.signedOn)
