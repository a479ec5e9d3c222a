/** A blank page: its scripts are the providers' and Next's own. */
export default function Blank() {
  return null;
}
