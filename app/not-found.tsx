import Link from "next/link";
import { NOT_FOUND } from "@/lib/strings";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-5xl font-black text-accent">۴۰۴</p>
      <h1 className="mt-4 text-2xl font-extrabold">{NOT_FOUND.title}</h1>
      <p className="mt-2 text-muted">{NOT_FOUND.body}</p>
      <Link href="/" className="mt-6 inline-block rounded bg-accent px-4 py-2 text-white">
        {NOT_FOUND.home}
      </Link>
    </section>
  );
}
