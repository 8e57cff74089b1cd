/** Extraction of TSDoc `@example` code blocks and their `//=>` expectations (used by examples.test.ts). */

export interface DocExample {
  /** Repository-relative path of the source file. */
  file: string;
  /** 1-based line of the first code line in the source file. */
  line: number;
  /** Name of the declared symbol the comment documents. */
  symbol: string;
  /** Index of this block among the symbol's examples. */
  index: number;
  code: string;
}

export interface PlannedCall {
  /** Identifier passed to the log collector. */
  id: number;
  /** 0-based line (within the block) where the console.log call starts. */
  line: number;
  /** Expected outputs, one per execution of the call. */
  expected: string[];
}

export interface ExamplePlan {
  /** The block with `console.log(` rewritten to `__docExampleLog(id, `. */
  module: string;
  calls: PlannedCall[];
  problems: string[];
}

const DECL = /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([\w$]+)/;
const MEMBER = /^\s*(?:(?:public|private|protected|static|readonly|override|get|set|async)\s+)*([\w$]+)\s*[(<:=?]/;

/** Every ```ts block inside an `@example` tag of the TSDoc comments in `text`. */
export function extractExamples(text: string, file: string): DocExample[] {
  const out: DocExample[] = [];
  const comment = /\/\*\*([\s\S]*?)\*\//g;
  for (let m = comment.exec(text); m; m = comment.exec(text)) {
    const startLine = text.slice(0, m.index).split('\n').length; // 1-based line of "/**"
    const after =
      text
        .slice(m.index + m[0].length)
        .split('\n')
        .find((l) => l.trim() !== '') ?? '';
    const symbol = DECL.exec(after)?.[1] ?? MEMBER.exec(after)?.[1] ?? '?';
    const lines = m[1]!.split('\n').map((l, i) => (i === 0 ? l.replace(/^\*?\s?/, '') : l.replace(/^\s*\*(?: |$)/, '')));
    let inExample = false;
    let fence: string[] | undefined;
    let fenceLine = 0;
    let fenceIsTs = false;
    let index = 0;
    lines.forEach((l, i) => {
      if (fence) {
        if (/^\s*```\s*$/.test(l)) {
          if (inExample && fenceIsTs) out.push({ file, line: fenceLine, symbol, index: index++, code: fence.join('\n') });
          fence = undefined;
        } else fence.push(l);
        return;
      }
      const tag = /^\s*@(\w+)/.exec(l);
      if (tag) inExample = tag[1] === 'example';
      if (/^\s*```/.test(l)) {
        fence = [];
        fenceLine = startLine + i + 1;
        fenceIsTs = /^\s*```\s*(ts|typescript)\s*$/.test(l); // only ts blocks are run
      }
    });
  }
  return out;
}

/** Every ```ts block of a Markdown guide that checks output (contains `//=>`). */
export function extractMarkdownExamples(text: string, file: string): DocExample[] {
  const out: DocExample[] = [];
  const lines = text.split('\n');
  let fence: string[] | undefined;
  let start = 0;
  lines.forEach((l, i) => {
    if (fence) {
      if (/^\s*```\s*$/.test(l)) {
        const code = fence.join('\n');
        if (code.includes('//=>')) out.push({ file, line: start, symbol: 'guide', index: out.length, code });
        fence = undefined;
      } else fence.push(l);
    } else if (/^\s*```\s*(ts|typescript)\s*$/.test(l)) {
      fence = [];
      start = i + 2;
    } else if (/^\s*```/.test(l)) {
      fence = [];
      start = -1; // not TypeScript: collected and dropped
    }
  });
  return out.filter((e) => e.line > 0);
}

/** Position just after the parenthesis closing the one at `open`, skipping strings and comments. */
function closeParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2);
      if (i < 0) return -1;
      i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Finds the console.log calls of a block and the `//=>` comment(s) that state their output. */
export function planExample(code: string): ExamplePlan {
  const problems: string[] = [];
  const calls: PlannedCall[] = [];
  const lineOf = (pos: number) => code.slice(0, pos).split('\n').length - 1;
  const lines = code.split('\n');
  const lineStart = (n: number) => lines.slice(0, n).reduce((a, l) => a + l.length + 1, 0);
  const used = new Set<number>();
  const edits: { at: number; len: number; text: string }[] = [];
  const re = /console\.log\s*\(/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const open = m.index + m[0].length - 1;
    const end = closeParen(code, open);
    const start = lineOf(m.index);
    if (end < 0) {
      problems.push(`line ${start + 1}: unbalanced console.log(`);
      continue;
    }
    const id = calls.length;
    edits.push({ at: m.index, len: m[0].length, text: `__docExampleLog(${id}, ` });
    const endLine = lineOf(end);
    const expected: string[] = [];
    const rest = code.slice(end, lineStart(endLine) + lines[endLine]!.length);
    const same = /\/\/=>(.*)$/.exec(rest);
    if (same && !/console\.log\s*\(/.test(rest)) {
      expected.push(same[1]!.trim());
      used.add(endLine);
    }
    for (let n = endLine + 1; n < lines.length && /^\s*\/\/=>/.test(lines[n]!); n++) {
      expected.push(lines[n]!.replace(/^\s*\/\/=>/, '').trim());
      used.add(n);
    }
    if (expected.length === 0) problems.push(`line ${start + 1}: console.log without a //=> comment`);
    calls.push({ id, line: start, expected });
  }
  lines.forEach((l, n) => {
    if (/\/\/=>/.test(l) && !used.has(n)) problems.push(`line ${n + 1}: //=> comment not attached to a console.log`);
  });
  let module = code;
  for (const e of edits.reverse()) module = module.slice(0, e.at) + e.text + module.slice(e.at + e.len);
  module = `const __docExampleLog = (globalThis as any).__docExampleLog;\n${module}\n`;
  return { module, calls, problems };
}
