/** The tab bar on H5 (drawn by the app); on weapp WeChat draws it from app.config, so this renders nothing. */
export declare function TabBar(): JSX.Element | null
