// The words of the offline and new-version notices (a chunk loaded when one shows; the service
// worker precaches it, so it is there offline too).

/** The notices to show: offline, and the action that switches to a waiting new version. */
export function NoticeText({ offline, update }: { offline: boolean; update: (() => void) | null }) {
  return (
    <>
      {offline && (
        <p className="notice offline-notice">
          You are offline. Pages you have opened before and your own articles still open; other pages will open when you are back online.
        </p>
      )}
      {update && (
        <p className="notice update-notice">
          A new version is available —{' '}
          <button type="button" className="link-button" onClick={update}>
            Reload
          </button>
        </p>
      )}
    </>
  );
}
