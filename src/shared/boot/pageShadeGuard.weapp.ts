// WeChat draws the page stack itself: no router of ours to guard.
export {}
