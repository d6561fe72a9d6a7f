/**
 * H5: the page's title bar with a back button, or a home button when the page was opened directly
 * (nothing to go back to); nothing on the tab pages. weapp: nothing (WeChat draws its own bar).
 */
export declare function PageHeader({ ownPath }: { ownPath: string | undefined }): JSX.Element | null
