/** WeChat draws the navigation bar with its back and home buttons: nothing to add. */
export function PageHeader(_props: { ownPath: string | undefined }): null {
  return null
}
