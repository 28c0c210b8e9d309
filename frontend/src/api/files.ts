/** A stored file as the server describes it; its content is downloaded from its own URL. */
export interface StoredFile {
  id: number
  fileName: string
  contentType: string
  sizeBytes: number
  uploadedBy: string
  /** ISO-8601 instant. */
  uploadedAt: string
}

/** Extensions the server accepts for an upload (it checks the content too). */
export const UPLOAD_EXTENSIONS = [
  '.pdf',
  '.ofd',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.wps',
  '.txt',
  '.jpg',
  '.jpeg',
  '.png',
  '.zip',
] as const

/** The largest file the server takes. */
export const UPLOAD_MAX_MB = 20

/** The multipart body of an upload: the file in the part named `file`. */
export function fileForm(file: File): FormData {
  const body = new FormData()
  body.append('file', file)
  return body
}
