class NotExc: pass
raise NotExc()
