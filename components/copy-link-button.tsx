"use client";
// The only client code an article page adds. Rendered hidden on the server and
// shown once hydrated, so readers without JavaScript never see a dead button.
import { useState, useSyncExternalStore } from "react";

interface CopyLinkButtonProps {
  readonly url: string;
}

const subscribe = () => () => {};

export function CopyLinkButton({ url }: CopyLinkButtonProps) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied");
    } catch {
      setStatus("Could not copy; copy the address bar instead");
    }
  }
  return (
    <>
      <button
        type="button"
        className="copy-link"
        hidden={!hydrated}
        onClick={copy}
      >
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  );
}
