"""Use cases both front ends call, one implementation each: snapshot files in and out
(atomically, keys checked), roll-over, a policy's chain of years, work spread over cores."""
