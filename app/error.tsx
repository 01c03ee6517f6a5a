"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-extrabold">خطایی پیش آمد</h1>
      <p className="mt-2 text-muted">نمایش این صفحه ممکن نشد. دوباره تلاش کنید؛ اگر تکرار شد، نشانی صفحه را برای ما بفرستید.</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-accent px-4 py-2 text-white">
        تلاش دوباره
      </button>
    </section>
  );
}
