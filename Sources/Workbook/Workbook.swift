import CCMark
