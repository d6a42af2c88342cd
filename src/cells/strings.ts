/**
 * The words of a cell's own interface (its buttons, notices, status and error labels) in each
 * edition of the site. The page's language picks them: the build from the page's locale, the
 * browser from `<html lang>`. The cell's code and the reader's own messages are not here.
 */
import type { CellErrorKind } from './errors';

export type CellLanguage = 'en' | 'zh-TW';

export interface CellStrings {
  liveCode: string;
  cell: (n: number) => string;
  edit: string;
  editorLabel: (cell: string) => string;
  /** The accessible name of the editor's file tabs (the cell's code, the neuron module). */
  editorFiles: string;
  editLabel: (n: number) => string;
  copy: string;
  copyLabel: (n: number) => string;
  copied: string;
  copyFailed: string;
  share: string;
  shareLabel: (n: number) => string;
  reset: string;
  resetLabel: (n: number) => string;
  goalsLabel: (n: number) => string;
  consoleLabel: (n: number) => string;
  hint: string;
  solution: string;
  oneSolution: (values: string) => string;
  goalState: (met: boolean) => string;
  /** The live announcement when a goal changes state. */
  goalChanged: (state: string, text: string) => string;
  ran: (time: string | undefined, warnings: number) => string;
  running: (seconds: string, loopLine: number | undefined) => string;
  stop: string;
  errorKinds: Record<CellErrorKind, string>;
  errorAt: (kind: string, line: number | undefined, column: number | undefined, message: string) => string;
  showingSaved: string;
  undoReset: string;
  editsBack: string;
  resetDone: string;
  restoreMine: string;
  mineBackNewCode: string;
  linkField: string;
  linkCopied: string;
  copyThisLink: string;
  sharedUnreadable: (problem: string) => string;
  sharedFromEarlier: string;
  sharedOverMine: (earlier: boolean) => string;
  sharedShown: (earlier: boolean) => string;
  backToMine: string;
  keepShared: string;
  mineBack: string;
  sharedKept: string;
  wasRunning: string;
  runIt: string;
  freshRunner: string;
  savedUnreadable: string;
  savedDamaged: (key: string) => string;
  cellChanged: string;
  cannotSave: string;
  saveFailed: (reason: string) => string;
  /** Why a shared link could not be opened, completing `sharedUnreadable`. */
  shareProblem: {
    tooLong: (length: string, max: string) => string;
    notCompressed: string;
    unreadable: string;
    notCell: string;
    otherVersion: string;
    noBase: string;
    codeNotText: string;
    codeTooLong: (length: string, max: string) => string;
    slidersUnreadable: string;
    tooManySliders: (count: number, max: number) => string;
    badLabel: string;
    badValue: (label: string) => string;
  };
}

const en: CellStrings = {
  liveCode: 'Live code',
  cell: (n) => `Code cell ${n}`,
  edit: 'Edit',
  editorLabel: (cell) => `${cell}: editor (Escape leaves it)`,
  editorFiles: 'Files',
  editLabel: (n) => `Edit code of cell ${n}`,
  copy: 'Copy',
  copyLabel: (n) => `Copy code of cell ${n}`,
  copied: 'Copied',
  copyFailed: 'Copy failed',
  share: 'Share',
  shareLabel: (n) => `Share cell ${n}: copy a link to it as it is now`,
  reset: 'Reset',
  resetLabel: (n) => `Reset cell ${n} to the original code`,
  goalsLabel: (n) => `Goals of cell ${n}`,
  consoleLabel: (n) => `Console of cell ${n}`,
  hint: 'Hint',
  solution: 'Solution',
  oneSolution: (values) => `One solution: ${values}.`,
  goalState: (met) => (met ? 'met' : 'not met yet'),
  goalChanged: (state, text) => `Goal ${state}: ${text}`,
  ran: (time, warnings) => `Ran${time ? ` in ${time}` : ''}${warnings > 0 ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}.`,
  running: (seconds, line) => `Running… ${seconds} s${line ? ` (in the loop at line ${line})` : ''}`,
  stop: 'Stop',
  errorKinds: {
    syntax: 'Syntax error',
    import: 'Import error',
    runtime: 'Error',
    thrown: 'Thrown value',
    rejection: 'Unhandled rejection',
    timeout: 'Stopped',
    output: 'Output error',
    slider: 'Slider error',
    goal: 'Goal error',
    drag: 'Drag error',
  },
  errorAt: (kind, line, column, message) =>
    `${kind}${line === undefined ? '' : column === undefined ? ` at line ${line}` : ` at line ${line}, column ${column}`}: ${message}`,
  showingSaved: 'Showing your edited version, saved in this browser. Reset returns to the original.',
  undoReset: 'Undo reset',
  editsBack: 'Your edits are back.',
  resetDone: 'Reset to the original code. ',
  restoreMine: 'Restore my version',
  mineBackNewCode: 'Your version is back. Reset shows the new code.',
  linkField: 'Link to this cell as it is now',
  linkCopied: 'Link copied: it opens this cell with its code and sliders as they are now. ',
  copyThisLink: 'Copy this link: ',
  sharedUnreadable: (problem) => `The shared link for this cell could not be opened: ${problem}. The article's code is shown.`,
  sharedFromEarlier: ', made from an earlier version of this cell (the article has changed since)',
  sharedOverMine: (earlier) =>
    `Showing a version of this cell shared by link${earlier ? en.sharedFromEarlier : ''}. Your own version is kept; changes to this one are not saved unless you keep it. `,
  sharedShown: (earlier) => `Showing a version of this cell shared by link${earlier ? en.sharedFromEarlier : ''}. Reset returns to the article's code. `,
  backToMine: 'Back to my version',
  keepShared: 'Keep the shared version',
  mineBack: 'Your version is back.',
  sharedKept: 'The shared version is now your saved version.',
  wasRunning:
    'Your edited code for this cell was still running when this page last closed (it may have frozen or crashed the page), so it has not been run again. ',
  runIt: 'Run it',
  freshRunner: 'The previous run had left code running (a loop or a chain of promises that never ended), so this cell got a fresh runner.',
  savedUnreadable: 'Saved edits could not be read: this browser blocks localStorage.',
  savedDamaged: (key) => `Your saved edits for this cell were damaged, so the original code is shown. The damaged text is kept in localStorage under "${key}".`,
  cellChanged: 'This cell has changed since you edited it, so its new code is shown. Your version is kept in this browser. ',
  cannotSave: 'Your edits cannot be saved: this browser blocks storage for this site. They stay on the page until you leave it.',
  saveFailed: (reason) => `Your edits could not be saved in this browser (${reason}); they stay on the page until you leave it.`,
  shareProblem: {
    tooLong: (length, max) => `it is ${length} characters long; a shared cell has at most ${max}`,
    notCompressed: 'it is damaged (it could not be decompressed); was it cut short when it was copied?',
    unreadable: 'it is damaged (its contents are not readable)',
    notCell: 'its contents are not a shared cell',
    otherVersion: 'it was made by another version of this site',
    noBase: 'it does not say which version of the cell it was made from',
    codeNotText: 'its code is not text',
    codeTooLong: (length, max) => `its code has ${length} characters; a shared cell may have ${max}`,
    slidersUnreadable: 'its slider values are not readable',
    tooManySliders: (count, max) => `it sets ${count} sliders; a cell has at most ${max}`,
    badLabel: 'it names a slider with an unusable label',
    badValue: (label) => `its value for the slider "${label}" is not a finite number`,
  },
};

const zhTW: CellStrings = {
  liveCode: '即時程式碼',
  cell: (n) => `程式碼儲存格 ${n}`,
  edit: '編輯',
  editorLabel: (cell) => `${cell}：編輯器（按 Escape 離開）`,
  editorFiles: '檔案',
  editLabel: (n) => `編輯儲存格 ${n} 的程式碼`,
  copy: '複製',
  copyLabel: (n) => `複製儲存格 ${n} 的程式碼`,
  copied: '已複製',
  copyFailed: '複製失敗',
  share: '分享',
  shareLabel: (n) => `分享儲存格 ${n}：複製它目前狀態的連結`,
  reset: '重設',
  resetLabel: (n) => `重設儲存格 ${n}，還原成原本的程式碼`,
  goalsLabel: (n) => `儲存格 ${n} 的目標`,
  consoleLabel: (n) => `儲存格 ${n} 的主控台`,
  hint: '提示',
  solution: '解答',
  oneSolution: (values) => `一組解答：${values}。`,
  goalState: (met) => (met ? '已達成' : '尚未達成'),
  goalChanged: (state, text) => `目標${state}：${text}`,
  ran: (time, warnings) => `已執行${time ? `，耗時 ${time}` : ''}${warnings > 0 ? `，${warnings} 個警告` : ''}。`,
  running: (seconds, line) => `執行中… ${seconds} 秒${line ? `（在第 ${line} 行的迴圈裡）` : ''}`,
  stop: '停止',
  errorKinds: {
    syntax: '語法錯誤',
    import: '匯入錯誤',
    runtime: '錯誤',
    thrown: '拋出的值',
    rejection: '未處理的 Promise 拒絕',
    timeout: '已停止',
    output: '輸出錯誤',
    slider: '滑桿錯誤',
    goal: '目標錯誤',
    drag: '拖曳錯誤',
  },
  errorAt: (kind, line, column, message) =>
    `${kind}${line === undefined ? '' : column === undefined ? `（第 ${line} 行）` : `（第 ${line} 行第 ${column} 欄）`}：${message}`,
  showingSaved: '這是你修改過、存在這個瀏覽器裡的版本。按「重設」可回到原本的程式碼。',
  undoReset: '復原重設',
  editsBack: '你的修改回來了。',
  resetDone: '已還原成原本的程式碼。',
  restoreMine: '恢復我的版本',
  mineBackNewCode: '你的版本回來了。按「重設」可看新的程式碼。',
  linkField: '指向這個儲存格目前狀態的連結',
  linkCopied: '連結已複製：打開它，會看到這個儲存格現在的程式碼與滑桿位置。',
  copyThisLink: '請複製這個連結：',
  sharedUnreadable: (problem) => `無法開啟這個儲存格的分享連結：${problem}。目前顯示的是文章原本的程式碼。`,
  sharedFromEarlier: '（它是根據這個儲存格較早的版本做的，文章之後改過）',
  sharedOverMine: (earlier) =>
    `這是別人透過連結分享的版本${earlier ? zhTW.sharedFromEarlier : ''}。你自己的版本還保留著；除非你選擇保留分享的版本，否則在這裡的修改不會儲存。`,
  sharedShown: (earlier) => `這是別人透過連結分享的版本${earlier ? zhTW.sharedFromEarlier : ''}。按「重設」可回到文章原本的程式碼。`,
  backToMine: '回到我的版本',
  keepShared: '保留分享的版本',
  mineBack: '你的版本回來了。',
  sharedKept: '分享的版本現在是你儲存的版本了。',
  wasRunning: '上次關閉這個頁面時，你修改過的程式碼還在執行（可能讓頁面卡住或當掉），所以這次沒有自動再執行。',
  runIt: '執行',
  freshRunner: '上一次執行留下了還在跑的程式（沒有結束的迴圈或 Promise 鏈），所以這個儲存格換了一個新的執行環境。',
  savedUnreadable: '無法讀取儲存的修改：這個瀏覽器封鎖了 localStorage。',
  savedDamaged: (key) => `這個儲存格儲存的修改已損壞，所以顯示原本的程式碼。損壞的內容保留在 localStorage 的「${key}」底下。`,
  cellChanged: '你修改之後，這個儲存格的程式碼改過了，所以顯示新的程式碼。你的版本仍保留在這個瀏覽器裡。',
  cannotSave: '無法儲存你的修改：這個瀏覽器封鎖了本站的儲存空間。離開頁面前，修改都還會留在頁面上。',
  saveFailed: (reason) => `無法在這個瀏覽器裡儲存你的修改（${reason}）；離開頁面前，修改都還會留在頁面上。`,
  shareProblem: {
    tooLong: (length, max) => `連結長達 ${length} 個字元，分享的儲存格最多只能有 ${max} 個`,
    notCompressed: '連結已損壞（無法解壓縮），是不是複製時少了一截？',
    unreadable: '連結已損壞（內容無法讀取）',
    notCell: '連結的內容不是分享的儲存格',
    otherVersion: '這個連結是由本站的另一個版本產生的',
    noBase: '連結沒有註明它是根據哪個版本的儲存格產生的',
    codeNotText: '連結裡的程式碼不是文字',
    codeTooLong: (length, max) => `連結裡的程式碼有 ${length} 個字元，分享的儲存格最多只能有 ${max} 個`,
    slidersUnreadable: '連結裡的滑桿數值無法讀取',
    tooManySliders: (count, max) => `連結設定了 ${count} 個滑桿，一個儲存格最多只有 ${max} 個`,
    badLabel: '連結裡有一個滑桿的名稱無法使用',
    badValue: (label) => `連結裡滑桿「${label}」的值不是有限的數字`,
  },
};

export const cellStrings: Record<CellLanguage, CellStrings> = { en, 'zh-TW': zhTW };

/** The words for a page's language tag: Traditional Chinese for zh-TW (and zh-Hant), else English. */
export function stringsFor(lang: string | undefined): CellStrings {
  return /^zh-(tw|hant)\b/i.test(lang ?? '') ? zhTW : en;
}
