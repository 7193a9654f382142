/// The report's styles: light and dark (`prefers-color-scheme`), a sidebar from 1000 px and one column below (readable
/// at 375 px: code and diffs scroll inside their boxes, pictures shrink to fit), Korean text set with Korean fonts and
/// kept words, and a print layout without the sidebar, whose long lines wrap instead of being cut off.
enum HTMLStyleSheet {
  static let css = """
    :root { color-scheme: light dark; --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa;
      --page: #ffffff; --code: #fbfcfd; --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #cf222e; --fail-bg: #ffebe9;
      --warn: #7d4e00; --warn-bg: #fff8c5; --todo: #8250df; --todo-bg: #fbefff; --link: #0969da;
      --kw: #cf222e; --str: #0a3069; --num: #0550ae; --com: #6e7781; --op: #953800; --const: #0550ae; }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e6edf3; --muted: #9198a1; --line: #3d444d; --soft: #151b23; --page: #0d1117; --code: #10151d;
        --pass: #3fb950; --pass-bg: #12261e; --fail: #f85149; --fail-bg: #2d1517; --warn: #d29922; --warn-bg: #272115;
        --todo: #ab7df8; --todo-bg: #21183a; --link: #4493f8; --kw: #ff7b72; --str: #a5d6ff; --num: #79c0ff;
        --com: #8b949e; --op: #ffa657; --const: #79c0ff; }
      .graph-picture svg { background: #f6f8fa; border-radius: 6px; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--text); background: var(--page); font: 17px/1.65 system-ui, -apple-system,
      "Segoe UI", "Noto Sans", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
      overflow-wrap: break-word; }
    :lang(ko) { font-family: system-ui, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Nanum Gothic",
      sans-serif; }
    .bar { position: sticky; top: 0; z-index: 2; display: flex; justify-content: space-between; align-items: center;
      flex-wrap: wrap; gap: .4rem 1rem; padding: .45rem 1.25rem; background: var(--page);
      border-bottom: 1px solid var(--line); font-size: .85rem; }
    .brand { font-weight: 700; letter-spacing: .02em; color: inherit; text-decoration: none; }
    .badges { display: flex; flex-wrap: wrap; gap: .4rem; }
    .badge { padding: .05rem .55rem; border-radius: 999px; background: var(--soft); color: var(--muted);
      font-weight: 600; white-space: nowrap; }
    .badge.passed { background: var(--pass-bg); color: var(--pass); }
    .badge.failed { background: var(--fail-bg); color: var(--fail); }
    .badge.score { background: var(--todo-bg); color: var(--todo); }
    .layout { max-width: 76rem; margin: 0 auto; }
    .toc { padding: .5rem 1.25rem 0; font-size: .9rem; }
    .toc summary { cursor: pointer; font-weight: 700; color: var(--muted); }
    .toc ol { list-style: none; margin: .2rem 0; padding-left: 1rem; }
    .toc > details > ol { padding-left: 0; }
    .toc li { margin: .15rem 0; }
    .toc a { color: inherit; text-decoration: none; }
    .toc a:hover { text-decoration: underline; }
    .toc .mark { display: inline-block; width: 1.1em; font-weight: 700; color: var(--muted); }
    .toc .passed > a .mark { color: var(--pass); } .toc .failed > a .mark { color: var(--fail); }
    .toc .todo > a .mark { color: var(--todo); }
    .toc .score { color: var(--muted); font-size: .85em; white-space: nowrap; }
    main { min-width: 0; max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
    @media (min-width: 1000px) {
      .layout { display: grid; grid-template-columns: 18rem minmax(0, 1fr); gap: 1rem; }
      .toc { position: sticky; top: 2.6rem; align-self: start; max-height: calc(100vh - 3rem); overflow-y: auto;
        padding-top: 1.5rem; border-right: 1px solid var(--line); }
      main { margin: 0; }
    }
    article:lang(ko) { word-break: keep-all; overflow-wrap: anywhere; }
    article:lang(ko) p, article:lang(ko) li { line-height: 1.8; }
    .lesson { padding-bottom: 2rem; border-bottom: 1px solid var(--line); margin-bottom: 2rem; }
    .file { display: flex; justify-content: space-between; flex-wrap: wrap; gap: .5rem; margin: 1.5rem 0 0;
      color: var(--muted); font-size: .85rem; }
    .lesson-verdict { font-weight: 600; }
    .lesson-verdict.passed { color: var(--pass); } .lesson-verdict.failed { color: var(--fail); }
    .lesson-error { padding: .6rem .9rem; border-radius: 6px; background: var(--fail-bg); color: var(--fail); }
    .findings { padding: .5rem .9rem; border-radius: 6px; background: var(--warn-bg); color: var(--warn);
      font-size: .9rem; }
    .findings p { margin: 0; font-weight: 700; } .findings ul { margin: .3rem 0 0; padding-left: 1.2rem; }
    h1 { font-size: 2rem; line-height: 1.25; margin: .8rem 0 1rem; }
    h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.4rem 0 .8rem; padding-bottom: .3rem;
      border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 1.8rem 0 .6rem; }
    h1, h2, h3 { scroll-margin-top: 3rem; }
    a { color: var(--link); }
    img { max-width: 100%; }
    blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid var(--line); color: var(--muted); }
    code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas,
      "Noto Sans Mono CJK KR", "D2Coding", monospace; font-size: .86rem; }
    :not(pre) > code { padding: .12em .38em; border-radius: 5px; background: var(--soft); font-size: .86em; }
    pre { margin: 0; padding: .65rem .9rem; overflow-x: auto; line-height: 1.5; }
    pre.listing, pre.raw-html { margin: 1rem 0; border-radius: 6px; background: var(--soft); }
    .cell { margin: 1.3rem 0; border: 1px solid var(--line); border-left: 4px solid #8c959f; border-radius: 6px;
      overflow: hidden; background: var(--page); }
    .cell.passed { border-left-color: var(--pass); }
    .cell.failed, .cell.error { border-left-color: var(--fail); }
    .cell.todo { border-left-color: var(--todo); }
    .cell.skipped { opacity: .8; }
    .cell-head { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 0 1rem; padding: .2rem .9rem;
      background: var(--soft); border-bottom: 1px solid var(--line); color: var(--muted); font-size: .78rem; }
    .verdict { font-weight: 700; }
    .passed > .cell-head .verdict { color: var(--pass); }
    .failed > .cell-head .verdict, .error > .cell-head .verdict { color: var(--fail); }
    .todo > .cell-head .verdict { color: var(--todo); }
    pre.code { background: var(--code); padding-left: 0; }
    pre.code .line { display: inline-block; min-width: 100%; padding-right: .9rem; }
    pre.code .ln::before { content: attr(data-n); display: inline-block; width: 3.2em; margin-right: .8em;
      padding-right: .5em; text-align: right; color: var(--muted); border-right: 1px solid var(--line);
      -webkit-user-select: none; user-select: none; }
    pre.code .line.raised { background: var(--fail-bg); }
    pre.code .line.raised .ln::before { color: var(--fail); font-weight: 700; }
    .t-kw { color: var(--kw); } .t-str { color: var(--str); } .t-num { color: var(--num); }
    .t-com { color: var(--com); font-style: italic; } .t-op { color: var(--op); } .t-const { color: var(--const); }
    pre.output { border-top: 1px dashed var(--line); }
    pre.warning, pre.error-text { border-top: 1px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
    pre.warning { background: var(--warn-bg); color: var(--warn); }
    pre.error-text { background: var(--fail-bg); color: var(--fail); }
    .mismatch { padding: .55rem .9rem .7rem; border-top: 1px solid var(--line); }
    .mismatch p { margin: 0 0 .35rem; font-size: .85rem; font-weight: 600; }
    pre.diff { padding: .3rem 0; border: 1px solid var(--line); border-radius: 5px; }
    .diff span { display: block; padding: 0 .7rem; white-space: pre; }
    .diff .removed { background: var(--fail-bg); color: var(--fail); }
    .diff .added { background: var(--pass-bg); color: var(--pass); }
    .diff del, .diff ins { text-decoration: none; border-radius: 2px; font-weight: 700; }
    .diff del { background: color-mix(in srgb, var(--fail) 25%, transparent); }
    .diff ins { background: color-mix(in srgb, var(--pass) 25%, transparent); }
    figure.graph { margin: 0; padding: .6rem .9rem; border-top: 1px solid var(--line); }
    figure.graph figcaption { font-size: .78rem; color: var(--muted); font-weight: 600; margin-bottom: .3rem; }
    .graph-picture { overflow-x: auto; }
    .graph-picture svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    pre.graph-text { padding: .4rem 0; font-size: .8rem; line-height: 1.35; }
    details.graph-text summary { cursor: pointer; font-size: .78rem; color: var(--muted); }
    .graph-note { margin: 0 0 .3rem; font-size: .85rem; color: var(--warn); }
    section.exercise { margin: 2rem 0; padding: .2rem 1rem 1rem; border: 2px solid var(--todo); border-radius: 10px;
      background: var(--todo-bg); }
    section.exercise.passed { border-color: var(--pass); }
    section.exercise.failed { border-color: var(--fail); }
    section.exercise > header { display: flex; justify-content: space-between; flex-wrap: wrap; gap: .2rem 1rem;
      margin: .6rem 0 0; font-weight: 700; }
    section.exercise .points { color: var(--todo); white-space: nowrap; }
    section.exercise.passed .points { color: var(--pass); } section.exercise.failed .points { color: var(--fail); }
    .target p { margin: .8rem 0 .2rem; font-size: .85rem; font-weight: 600; color: var(--muted); }
    .target pre.output { border: 1px dashed var(--line); border-radius: 6px; background: var(--page); }
    details.hint, details.checks { margin: 1rem 0; padding: .5rem .9rem; border-radius: 6px; }
    details.hint { background: var(--warn-bg); }
    details.checks { background: var(--soft); border: 1px solid var(--line); }
    details.hint summary, details.checks summary { cursor: pointer; font-weight: 600; }
    details.hint summary { color: var(--warn); }
    details.hint p { margin: .4rem 0 0; white-space: pre-wrap; }
    .hidden-code { margin: 0; padding: .5rem .9rem; color: var(--muted); font-style: italic; }
    .cell > ul.cases { margin: 0; padding: .4rem .9rem .5rem; list-style: none; border-top: 1px solid var(--line);
      font-size: .9rem; }
    .case.passed .mark { color: var(--pass); } .case.failed .mark { color: var(--fail); }
    .cell .case .why { color: var(--fail); }
    .grade ul.cases { margin: .8rem 0 0; padding: 0; list-style: none; font-size: .9rem; }
    .grade .case { padding: .15rem 0; } .grade .case.passed .mark { color: var(--pass); }
    .grade .case.failed .mark { color: var(--fail); } .grade .why { color: var(--fail); }
    .grade .hidden-label, .grade .case-points { color: var(--muted); font-size: .85em; }
    .grade .problem { color: var(--fail); font-weight: 600; }
    .summary { margin-top: 1rem; font-weight: 600; }
    @media print {
      .bar { position: static; } .toc { display: none; } .layout { display: block; } main { max-width: none; }
      body { font-size: 11pt; } pre, .diff span { white-space: pre-wrap; }
      .cell, figure.graph, section.exercise > header { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
