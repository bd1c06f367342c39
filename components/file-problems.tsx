import { ProblemList } from "@/components/problem-list";
import type { ContentFile } from "@/lib/content/library";

interface FileProblemsProps {
  readonly file: ContentFile;
}

/** What the preview shows at a broken file's own address, instead of the article. */
export function FileProblems({ file }: FileProblemsProps) {
  return (
    <section
      className="page file-problems"
      aria-labelledby="file-problems-heading"
    >
      <h1 id="file-problems-heading">This article has problems</h1>
      <p>
        <code>{file.file}</code> is left out of the preview until they are
        fixed. Each line names the file, the line, the field, what is wrong and
        how to fix it; save the file and reload this page.
      </p>
      <ProblemList problems={file.problems} />
      <p>
        <a href="/newsroom">Every file and its state</a>
      </p>
    </section>
  );
}
