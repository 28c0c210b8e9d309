package cn.ronghe.audit;

/** The head of the chain: the last seal's number and hash, and the floor (see V14). */
record AuditSealHead(long seq, String hash, long floorId) {}
